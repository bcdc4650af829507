/** The Spanish patient level, gathered from data/es/entries/ (issue #29). */
import type { SpanishLevels } from './types';

export const SPANISH_LEVELS: SpanishLevels = {};
export { SPANISH_SOURCES } from './sources';
export type { SpanishLevel, SpanishLevels, SpanishSource } from './types';
