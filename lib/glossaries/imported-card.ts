/**
 * Cards for entries of imported glossaries, built in the background from the stored text. The
 * exchange format cites sources per entry, so every fact of an imported entry cites the entry's
 * main source; the card lists all of its sources.
 */
import { DISCLAIMER, formatRevised } from '../../data';
import type { CardData } from '../../data/card';
import type { Fact, GlossaryEntry } from '../../data/types';
import type { ExchangeGlossary } from './format';
import { importedTermId } from '../../data/term-id';

const MAIN_SOURCE = 'source-0';

export function importedCardData(
  glossary: ExchangeGlossary,
  key: string,
  entryId: string,
): CardData | null {
  const entry = glossary.entries.find((e) => e.id === entryId);
  if (!entry) return null;
  const fact = (text: string): Fact => ({ text, source: MAIN_SOURCE });
  const facts = (texts: string[] | undefined): Fact[] => (texts ?? []).map(fact);
  const se = entry.sideEffects;
  const card: GlossaryEntry = {
    id: importedTermId(key, entry.id),
    name: entry.name,
    category: entry.category,
    forms: entry.forms,
    ...(entry.pronunciation !== undefined && { pronunciation: entry.pronunciation }),
    summary: entry.summary,
    explanation: entry.explanation,
    ...(entry.drug && {
      drug: {
        drugClass: fact(entry.drug.drugClass),
        target: fact(entry.drug.target),
        howGiven: fact(entry.drug.howGiven),
      },
    }),
    ...(se && {
      sideEffects: {
        common: facts(se.common),
        serious: facts(se.serious),
        callCareTeam: facts(se.callCareTeam),
        notes: facts(se.notes),
      },
    }),
    related: (entry.related ?? []).map((id) => importedTermId(key, id)),
    source: MAIN_SOURCE,
  };
  const related = (entry.related ?? []).flatMap((id) => {
    const other = glossary.entries.find((e) => e.id === id);
    return other ? [{ id: importedTermId(key, id), name: other.name }] : [];
  });
  const sources = [entry.source, ...(entry.otherSources ?? [])].map((s, i) => ({
    id: `source-${i}`,
    title: s.title,
    publisher: s.publisher ?? '',
    url: s.url ?? '',
    lastRevised: s.date,
    revised: formatRevised(s.date),
  }));
  return {
    entry: card,
    related,
    sources,
    disclaimer: DISCLAIMER,
    origin: { glossary: glossary.name },
  };
}
