/**
 * Each saved term in English and in Spanish, for the print view's side-by-side sheet (issue #29).
 * Loaded only when the reader asks for that sheet: it brings the glossary and its Spanish level
 * (data/es/) into the page.
 */
import { SPANISH_LEVELS } from '../../data/es/index';
import { glossaryRegistry, type GlossaryRegistry } from '../../lib/glossaries/registry';
import type { SavedTerm } from '../../lib/questions/schema';

/** One language's side: the term's name there, and its one-sentence summary if we have one. */
interface TermSide {
  name: string;
  summary: string | null;
}

/** A saved term's two sides; `es` is null where Termlight has no Spanish text for it yet. */
export interface TermInTwoLanguages {
  en: TermSide;
  es: TermSide | null;
}

/**
 * The two sides of each term, by term id. The English side comes from the term's card (built-in
 * or imported), else the name it was saved under; the Spanish side only from data/es/ (imported
 * glossaries have none).
 */
export async function termsInTwoLanguages(
  terms: readonly SavedTerm[],
  registry: Pick<GlossaryRegistry, 'card'> = glossaryRegistry(),
): Promise<Map<string, TermInTwoLanguages>> {
  const pairs = await Promise.all(
    terms.map(async (term): Promise<[string, TermInTwoLanguages]> => {
      const card = await registry.card(term.termId).catch(() => null);
      const level = card && !card.origin ? SPANISH_LEVELS[term.termId] : undefined;
      return [
        term.termId,
        {
          en: { name: card?.entry.name ?? term.termName, summary: card?.entry.summary ?? null },
          es: level ? { name: level.name, summary: level.summary.text } : null,
        },
      ];
    }),
  );
  return new Map(pairs);
}
