import { findMatches } from './compile';
import type { Matcher } from './types';

/** What may follow a term that the highlight leaves out: a possessive ("imatinib’s", "TKIs’"). */
const POSSESSIVE = /^['’]s?$/u;

/**
 * The id of the entry a whole piece of text names, by the matcher's own rules (separators, letter
 * case, plurals, ®/™ and the guards), or null. The text names an entry when the matcher finds
 * exactly one term in it, spanning all of it but a possessive ending. The glossary's validator
 * and its tests ask this, so they cannot disagree with what pages show.
 */
export function entryNamedBy(matcher: Matcher, text: string): string | null {
  const trimmed = text.trim();
  const matches = findMatches(matcher, trimmed);
  const only = matches[0];
  if (matches.length !== 1 || !only || only.start !== 0) return null;
  const rest = trimmed.slice(only.end);
  return rest === '' || POSSESSIVE.test(rest) ? only.id : null;
}
