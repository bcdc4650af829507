import type { GlossaryEntry } from '../../data/types';

/** What the matcher needs from a glossary entry. */
export type MatcherEntry = Pick<GlossaryEntry, 'id' | 'forms'>;

/** One accepted occurrence of a glossary term; offsets are UTF-16 indices into the text. */
export interface Match {
  start: number;
  end: number;
  text: string;
  id: string;
}

export interface Matcher {
  /**
   * One combined RegExp (flags 'gu') for mark.js markRegExp. Word boundaries, separators, letter
   * case, plurals, ®/™ and the "-like" / "Ph.D." guards are inside the pattern; the all-capitals
   * guard needs code, so a mark.js filter calls accept() with the match position (mark.js gives the
   * filter only the matched string, but regex.lastIndex is the end of the match at that moment).
   */
  readonly regex: RegExp;
  /** The glossary id for a string the regex matched, by its text alone (no guards). */
  idFor(matchedText: string): string | null;
  /**
   * The id for the regex match text.slice(start, end), or null when a guard rejects it (the
   * highlighter's TermFinder.accept). The all-capitals guard looks at the neighbouring words.
   */
  accept(text: string, start: number, end: number): string | null;
}

/** How the alternation is laid out; both give the same matches (see tests/bench/matcher-bench.ts). */
export type PatternShape = 'trie' | 'flat';

export interface MatcherOptions {
  shape?: PatternShape;
}
