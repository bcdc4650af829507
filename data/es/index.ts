/** The Spanish patient level, gathered from data/es/entries/ (issue #29). */
import { CELL_LEVELS_ES } from './entries/cells-and-cell-therapy';
import { DRUG_LEVELS_ES } from './entries/drugs';
import type { SpanishLevels } from './types';

export const SPANISH_LEVELS: SpanishLevels = { ...DRUG_LEVELS_ES, ...CELL_LEVELS_ES };
export { SPANISH_SOURCES } from './sources';
export type { SpanishLevel, SpanishLevels, SpanishSource } from './types';
