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
 * At the very start of the pattern this lookbehind would run at every position of the text; after
 * the first two characters, where `[^]{2}` steps back over them, only near-candidates reach it
 * (several times faster, see bench.ts).
 */
export const START_DEPTH = 2;
export const startCheck = (depth: number): StartCheck => ({
  depth,
  at: (k) => {
    const back = k === 0 ? '' : k === 1 ? '[^]' : `[^]{${k}}`;
    return `(?<!${WORD_CLASS}${back})(?<![\\p{L}\\p{N}]\\.${back})`;
  },
});

/** After the term: nothing word-like, not "Ph.D.", not "Ph-like" (which is not Ph+). */
export const END = `(?!${WORD_CLASS})(?!\\.[\\p{L}\\p{N}])(?!${DASH_CLASS}[lL][iI][kK][eE](?!${WORD_CLASS}))`;

/** The whole pattern: the alternation of all forms between Unicode word boundaries. */
export function buildSource(
  patterns: readonly FormPattern[],
  shape: PatternShape,
  startDepth = START_DEPTH,
): string {
  const check = startCheck(startDepth);
  const body = shape === 'trie' ? trieSource(patterns, check) : flatSource(patterns, check);
  return body === '' ? '(?!)' : `(?:${body})${END}`;
}
