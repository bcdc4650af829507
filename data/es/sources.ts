/**
 * The Spanish documents the Spanish level's facts come from (issue #29). Same rules as
 * data/sources.ts: lastRevised is the date the publisher printed (null when none), `accessed`
 * the day we read it; every one is primary (data/source-kinds.ts).
 */
import type { SpanishSource } from './types';

export const SPANISH_SOURCES: readonly SpanishSource[] = [];
