/**
 * A card in the language it is shown in (issue #29). The background sends each built-in card
 * with its Spanish side (data/es/card.ts); in Spanish the card shows the entry's Spanish level,
 * its Spanish sources and disclaimer, and the related terms' Spanish names. Entries without a
 * Spanish level stay English, and the card says so in Spanish.
 */
import type { CardData } from '../../data/card';

export type CardLang = 'en' | 'es';

/** The card's own notes about its language: fixed in the language they are read in. */
export const LANGUAGE_NOTES = {
  /** On a card asked for in Spanish that has no Spanish level yet. */
  noSpanishYet: 'Esta ficha todavía no está en español. Aquí la tiene en inglés.',
  /** The button that shows the Spanish card, and the one that shows the English card. */
  showSpanish: 'Ver en español',
  showEnglish: 'Show in English',
} as const;

/** The card's data in Spanish, or null where it has no Spanish level (or is imported). */
export function spanishCard(data: CardData): CardData | null {
  const level = data.es?.level;
  if (!data.es || !level) return null;
  const entry = data.entry;
  const se = level.sideEffects;
  return {
    ...data,
    entry: {
      ...entry,
      name: level.name,
      summary: level.summary.text,
      source: level.summary.source,
      explanation: level.explanation.map((f) => f.text).join(' '),
      explanationFacts: level.explanation,
      // An English respelling means nothing read in Spanish.
      pronunciation: undefined,
      pronunciationSource: undefined,
      // The target stays the English fact, which the Spanish card does not show (TermCard).
      ...(level.drug && entry.drug
        ? { drug: { ...entry.drug, ...level.drug } }
        : { drug: undefined }),
      sideEffects: se
        ? {
            common: se.common,
            serious: se.serious,
            callCareTeam: se.callCareTeam,
            notes: se.notes ?? [],
          }
        : undefined,
    },
    related: data.es.related,
    sources: data.es.sources,
    disclaimer: data.es.disclaimer,
  };
}

/** What a card shows in the language asked for: its data, the language it is in, and a note. */
export function cardInLanguage(
  data: CardData,
  lang: CardLang,
): { data: CardData; lang: CardLang; note: string | null } {
  if (lang === 'en') return { data, lang: 'en', note: null };
  const spanish = spanishCard(data);
  return spanish
    ? { data: spanish, lang: 'es', note: null }
    : { data, lang: 'en', note: LANGUAGE_NOTES.noSpanishYet };
}
