/**
 * Damerau-Levenshtein distance (the "optimal string alignment" kind: insertions, deletions,
 * substitutions and swaps of two neighbouring letters each cost 1), stopped early: anything over
 * `max` returns max + 1. Counts UTF-16 units; the glossary's names are plain letters.
 */

// Three rows (two back for swaps, one back, current), reused across calls: a search compares the
// query with every word of the glossary.
let rows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(64),
  new Int32Array(64),
  new Int32Array(64),
];

export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  if (rows[0].length <= n)
    rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [before, previous, current] = rows;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        d = Math.min(d, before[j - 2]! + 1);
      }
      current[j] = d;
      if (d < rowBest) rowBest = d;
    }
    if (rowBest > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[n]!, max + 1);
}

/**
 * How many typing mistakes a word of this length may have and still count: none in short words
 * (abbreviations, "ALL" vs "ALT"), one in words of 5 to 7 letters, two in longer ones.
 */
export function allowedMistakes(length: number): number {
  if (length < 5) return 0;
  if (length < 8) return 1;
  return 2;
}
