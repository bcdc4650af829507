/**
 * The all-capitals guard. "ALL" is the disease in "adult ALL" but an ordinary word in "ALL RIGHTS
 * RESERVED" or a heading like "TREATMENT OPTIONS FOR ALL PATIENTS": an all-capitals abbreviation
 * is rejected when the word right before or after it (across spaces or dashes only, so
 * "AML, ALL, CML" and "LEUKEMIA (ALL)" still match) is also all capitals and is not a word of
 * any glossary form ("B-CELL ALL", "ALL TKI" stay matched).
 */

const SEPARATOR_CHAR = /[\s\-\u2010\u2011\u2012\u2013\u2212]/u;
const WORD_UNIT = /[\p{L}\p{N}\p{M}]/u;
/** At least two capital letters and no lower-case ones. */
const SHOUTING = /^(?!.*\p{Ll})(?:.*?\p{Lu}){2}/u;
const ALL_CAPS_ABBREVIATION = /^\p{Lu}{2,}$/u;

/** Which forms get the guard: exact-case, single-word, all-capitals abbreviations (ALL, TKI). */
export const needsCapsGuard = (form: string, caseSensitive: boolean): boolean =>
  caseSensitive && ALL_CAPS_ABBREVIATION.test(form);

/** Upper-cased words of all forms: neighbours that may be capitals without rejecting. */
export function glossaryWords(forms: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const form of forms) {
    for (const word of form.split(/[^\p{L}\p{N}\p{M}]+/u)) {
      if (word.length > 1) words.add(word.toUpperCase());
    }
  }
  return words;
}

function isShouting(word: string | undefined, known: ReadonlySet<string>): boolean {
  return word !== undefined && SHOUTING.test(word) && !known.has(word.toUpperCase());
}

/** The word just before index `at`, across at least one separator (scans code units; cheap). */
function wordBefore(text: string, at: number): string | undefined {
  let i = at;
  while (i > 0 && SEPARATOR_CHAR.test(text[i - 1]!)) i--;
  if (i === at) return undefined;
  let j = i;
  while (j > 0 && WORD_UNIT.test(text[j - 1]!)) j--;
  return j < i ? text.slice(j, i) : undefined;
}

function wordAfter(text: string, at: number): string | undefined {
  let i = at;
  while (i < text.length && SEPARATOR_CHAR.test(text[i]!)) i++;
  if (i === at) return undefined;
  let j = i;
  while (j < text.length && WORD_UNIT.test(text[j]!)) j++;
  return j > i ? text.slice(i, j) : undefined;
}

/** True when the match text.slice(start, end) sits among all-capitals words. */
export function amongCapitals(
  text: string,
  start: number,
  end: number,
  known: ReadonlySet<string>,
): boolean {
  return isShouting(wordBefore(text, start), known) || isShouting(wordAfter(text, end), known);
}
