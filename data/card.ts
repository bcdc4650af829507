/**
 * Everything the UI needs to show one entry, in one serializable object. The content script gets
 * it from the background (so the glossary's text stays out of the page bundle); the popup and
 * options page build it directly.
 */
import { DISCLAIMER, entrySources, getEntry, studentSources, type DatedSource } from './index';
import { OTHER_SPELLINGS, type OtherSpelling } from './misspellings';
import type { GlossaryEntry } from './types';

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
