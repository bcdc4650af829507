/**
 * The Spanish patient level, gathered from data/es/entries/ (issue #29). It is validated when this
 * module loads (data/es/validate.ts), so a broken Spanish card throws a SpanishLevelError naming
 * the entry and field in the tests and wherever the Spanish level is imported.
 */
import { GLOSSARY } from '../glossary';
import { SOURCES } from '../sources';
import { AROUND_TREATMENT_GAPS_ES, AROUND_TREATMENT_LEVELS_ES } from './entries/around-treatment';
import { CELL_GAPS_ES, CELL_LEVELS_ES } from './entries/cells-and-cell-therapy';
import { CONCEPT_GAPS_ES, CONCEPT_LEVELS_ES } from './entries/concepts';
import { DRUG_GAPS_ES, DRUG_LEVELS_ES } from './entries/drugs';
import { SIDE_EFFECT_GAPS_ES, SIDE_EFFECT_LEVELS_ES } from './entries/side-effects';
import { SPANISH_SOURCES } from './sources';
import type { SpanishLevels } from './types';
import { validateSpanishLevels } from './validate';

export const SPANISH_LEVELS: SpanishLevels = {
  ...CONCEPT_LEVELS_ES,
  ...DRUG_LEVELS_ES,
  ...SIDE_EFFECT_LEVELS_ES,
  ...AROUND_TREATMENT_LEVELS_ES,
  ...CELL_LEVELS_ES,
};

/**
 * Entries with no Spanish level yet, each with the reason (no Spanish primary source could be
 * read). Their cards keep the English text; a validator should accept an entry listed here.
 */
export const SPANISH_GAPS: Readonly<Record<string, string>> = {
  ...CONCEPT_GAPS_ES,
  ...DRUG_GAPS_ES,
  ...SIDE_EFFECT_GAPS_ES,
  ...AROUND_TREATMENT_GAPS_ES,
  ...CELL_GAPS_ES,
};

validateSpanishLevels(
  SPANISH_LEVELS,
  SPANISH_SOURCES,
  new Set(GLOSSARY.map((e) => e.id)),
  new Set(SOURCES.map((s) => s.id)),
  SPANISH_GAPS,
);

export { SPANISH_SOURCES };
export { SpanishLevelError, findSpanishProblems, validateSpanishLevels } from './validate';
export type { SpanishProblem } from './validate';
export type { SpanishLevel, SpanishLevels, SpanishSource } from './types';
