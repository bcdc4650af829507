import { DASH_CLASS, WORD_CLASS } from './normalize';
import { type FormPattern, atomSource } from './pattern';
import { trieSource } from './trie';
import type { PatternShape } from './types';

/** The plain alternation, longest form first (the baseline the trie is measured against). */
function flatSource(patterns: readonly FormPattern[]): string {
  const alts = patterns
    .flatMap((p) => p.spellings.map((atoms) => ({ atoms, suffix: p.suffix })))
    .sort((a, b) => b.atoms.length - a.atoms.length)
    .map((s) => s.atoms.map(atomSource).join('') + s.suffix);
  return [...new Set(alts)].join('|');
}

/**
 * The whole pattern: Unicode word boundaries on both sides, no match inside "Ph.D." or
 * "gleevec.com", and none right before "-like" ("Ph-like ALL" is not Ph+ ALL).
 */
export function buildSource(patterns: readonly FormPattern[], shape: PatternShape): string {
  const body = shape === 'trie' ? trieSource(patterns) : flatSource(patterns);
  if (body === '') return '(?!)';
  return (
    `(?<!${WORD_CLASS})(?<![\\p{L}\\p{N}]\\.)(?:${body})` +
    `(?!${WORD_CLASS})(?!\\.[\\p{L}\\p{N}])(?!${DASH_CLASS}[lL][iI][kK][eE](?!${WORD_CLASS}))`
  );
}
