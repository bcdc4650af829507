/**
 * Everything the UI needs to show one entry, in one serializable object. The content script gets
 * it from the background (so the glossary's text stays out of the page bundle); the popup and
 * options page build it directly.
 */
import { DISCLAIMER, entrySources, getEntry, studentSources, type DatedSource } from './index';
import { OTHER_SPELLINGS, type OtherSpelling } from './misspellings';
import type { SpanishLevel } from './es/types';
import type { GlossaryEntry } from './types';

/**
 * The Spanish side of a built-in entry's card (issue #29), added by the background
 * (data/es/card.ts) so the Spanish text travels with the card, never in the content script.
 */
interface SpanishCardPart {
  /** The entry's Spanish patient level, or null where it has none yet (the card stays English). */
  level: SpanishLevel | null;
  /** The Spanish level's sources with their dates, the summary's first. */
  sources: DatedSource[];
  /** The related entries, named in Spanish where they have a Spanish level. */
  related: { id: string; name: string }[];
  /** The disclaimer in Spanish. */
  disclaimer: string;
}

export interface CardData {
  entry: GlossaryEntry;
  related: { id: string; name: string }[];
  /** The entry's sources with their dates, its main source first. */
  sources: DatedSource[];
  /**
   * The sources of the entry's "For students" level (entry.student), with their dates; only
   * there when the entry has that level (imported glossaries' entries do not).
   */
  studentSources?: DatedSource[];
  /** "Not medical advice — talk to your care team", travelling with every entry. */
  disclaimer: string;
  /** Misspellings and nicknames pages also highlight (data/misspellings.ts), where it has some. */
  otherSpellings?: readonly OtherSpelling[];
  /** Set for entries of an imported glossary, which Termlight has not reviewed. */
  origin?: { glossary: string };
  /** The Spanish side, for built-in entries (imported glossaries have none). */
  es?: SpanishCardPart;
}

export function cardData(id: string): CardData | null {
  const entry = getEntry(id);
  if (!entry) return null;
  const related = entry.related
    .map((r) => getEntry(r))
    .filter((e): e is GlossaryEntry => !!e)
    .map((e) => ({ id: e.id, name: e.name }));
  return {
    entry,
    related,
    sources: entrySources(entry),
    ...(entry.student && { studentSources: studentSources(entry) }),
    ...(OTHER_SPELLINGS[id] && { otherSpellings: OTHER_SPELLINGS[id] }),
    disclaimer: DISCLAIMER,
  };
}
