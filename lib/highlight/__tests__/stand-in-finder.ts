import type { TermFinder } from '../types';

/** A tiny finder for DOM tests, independent of the real glossary and matcher. */
export function standInFinder(): TermFinder {
  const ids: Record<string, string> = { imatinib: 'imatinib', tki: 'tki', gleevec: 'imatinib' };
  return {
    regex: /\b(?:imatinib|TKI|Gleevec)\b/giu,
    accept(text, start, end) {
      const word = text.slice(start, end);
      // Like the real guards: "TKI" is an abbreviation, so only capitals count.
      if (word.toLowerCase() === 'tki' && word !== 'TKI') return null;
      return ids[word.toLowerCase()] ?? null;
    },
  };
}
