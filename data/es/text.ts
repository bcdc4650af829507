/** The reader-facing texts of a Spanish level, for the readability and wording checks. */
import type { Fact } from '../types';
import type { SpanishLevel } from './types';

/** Every fact of the level, in card order: summary, explanation, drug facts, side effects. */
export function spanishLevelFacts(level: SpanishLevel): Fact[] {
  const facts = [level.summary, ...level.explanation];
  if (level.drug) facts.push(level.drug.drugClass, level.drug.howGiven);
  const se = level.sideEffects;
  if (se) facts.push(...se.common, ...se.serious, ...se.callCareTeam, ...(se.notes ?? []));
  return facts;
}

/** All of the level's patient text as one passage, the unit the readability target applies to. */
export function spanishLevelText(level: SpanishLevel): string {
  return spanishLevelFacts(level)
    .map((f) => f.text)
    .join(' ');
}
