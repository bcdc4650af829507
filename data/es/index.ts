/** The Spanish patient level, gathered from data/es/entries/ (issue #29). */
import { CELL_GAPS_ES, CELL_LEVELS_ES } from './entries/cells-and-cell-therapy';
import { DRUG_GAPS_ES, DRUG_LEVELS_ES } from './entries/drugs';
import type { SpanishLevels } from './types';

export const SPANISH_LEVELS: SpanishLevels = { ...DRUG_LEVELS_ES, ...CELL_LEVELS_ES };

/**
 * Entries with no Spanish level yet, each with the reason (no Spanish primary source could be
 * read). Their cards keep the English text; a validator should accept an entry listed here.
 */
export const SPANISH_GAPS: Readonly<Record<string, string>> = {
  ...DRUG_GAPS_ES,
  ...CELL_GAPS_ES,
};
export { SPANISH_SOURCES } from './sources';
export type { SpanishLevel, SpanishLevels, SpanishSource } from './types';
