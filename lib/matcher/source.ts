import { DASH_CLASS, WORD_CLASS } from './normalize';
import { type FormPattern, atomSource } from './pattern';
import { type StartCheck, trieSource } from './trie';
import type { PatternShape } from './types';

/** The plain alternation, longest form first (the baseline the trie is measured against). */
function flatSource(patterns: readonly FormPattern[], check: StartCheck): string {
  const alts = patterns
    .flatMap((p) => p.spellings)
    .sort((a, b) => b.exact.length - a.exact.length)
    .map(({ exact, ending }) => exact.map(atomSource).join('') + ending);
  return `${check.at(0)}(?:${[...new Set(alts)].join('|')})`;
}

/**
 * The start-of-term check: nothing word-like before the term, and no "x." ("www.gleevec.com").
 * It can sit after the first k characters of each trie branch (`[^]{k}` steps back over them), so
 * only near-candidates reach it; but every copy is compiled separately, and each \p{...} class in
 * it is a list of hundreds of ranges to V8. At depth 0 it comes once, before the whole trie. With
 * the real glossary that scans as fast as copies in every branch (tests/bench/matcher-bench.ts: 33-37 ms
 * against 39-48 ms per 2 MB of text nodes, and 2x faster with 1,500 forms), and the source has 2
 * copies instead of 17: `new RegExp` on it went from 15 ms to 1 ms in a fresh content script.
 */
const START_DEPTH = 0;
const startCheck = (depth: number): StartCheck => ({
  depth,
  at: (k) => {
    const back = k === 0 ? '' : k === 1 ? '[^]' : `[^]{${k}}`;
    return `(?<!${WORD_CLASS}${back})(?<![\\p{L}\\p{N}]\\.${back})`;
  },
});

/** After the term: nothing word-like, not "Ph.D.", not "Ph-like" (which is not Ph+). */
const END = `(?!${WORD_CLASS})(?!\\.[\\p{L}\\p{N}])(?!${DASH_CLASS}[lL][iI][kK][eE](?!${WORD_CLASS}))`;

/** The whole pattern: the alternation of all forms between Unicode word boundaries. */
export function buildSource(
  patterns: readonly FormPattern[],
  shape: PatternShape,
  startDepth = START_DEPTH,
): string {
  const check = startCheck(startDepth);
  const leading = startDepth === 0;
  // With the check in front, the branches need none of their own.
  const inner: StartCheck = leading ? { depth: 1, at: () => '' } : check;
  const body = shape === 'trie' ? trieSource(patterns, inner) : flatSource(patterns, inner);
  return body === '' ? '(?!)' : `${leading ? check.at(0) : ''}(?:${body})${END}`;
}
