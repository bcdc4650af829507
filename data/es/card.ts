/**
 * Adds the Spanish side to a built-in entry's card (issue #29): the entry's Spanish level with its
 * Spanish sources and their dates, or null where it has none yet. The background adds it
 * (lib/glossaries/registry.ts, withLevels), so the Spanish text travels with the card and never
 * weighs on the content script; the card UI picks the language (lib/popover/card-language.ts).
 */
import type { CardData } from '../card';
import { formatRevised, type DatedSource } from '../index';
import type { Fact } from '../types';
import { SPANISH_LEVELS, SPANISH_SOURCES } from './index';
import type { SpanishLevel } from './types';

/** Shown with every Spanish card, as DISCLAIMER is with the English ones. */
export const DISCLAIMER_ES =
  'Esta es información general, no un consejo médico. Hable con su equipo de atención médica sobre su propio tratamiento.';

const sourcesById = new Map(SPANISH_SOURCES.map((s) => [s.id, s]));

/** Every fact of a Spanish level, the summary first. */
export function spanishFacts(level: SpanishLevel): Fact[] {
  const se = level.sideEffects;
  return [
    level.summary,
    ...level.explanation,
    ...(level.drug ? [level.drug.drugClass, level.drug.howGiven] : []),
    ...(se ? [...se.common, ...se.serious, ...se.callCareTeam, ...(se.notes ?? [])] : []),
  ];
}

function dated(id: string): DatedSource | null {
  const source = sourcesById.get(id);
  if (!source) return null;
  const revised = formatRevised(source.lastRevised);
  return source.accessed
    ? { ...source, revised, read: formatRevised(source.accessed) }
    : { ...source, revised };
}

/** The card with its Spanish side; imported entries' cards (origin set) are left as they are. */
export function withSpanish(card: CardData): CardData {
  if (card.origin) return card;
  const level = SPANISH_LEVELS[card.entry.id] ?? null;
  const ids = level ? [...new Set(spanishFacts(level).map((f) => f.source))] : [];
  return {
    ...card,
    es: {
      level,
      sources: ids.map(dated).filter((s): s is DatedSource => s !== null),
      related: card.related.map((r) => ({ id: r.id, name: SPANISH_LEVELS[r.id]?.name ?? r.name })),
      disclaimer: DISCLAIMER_ES,
    },
  };
}
