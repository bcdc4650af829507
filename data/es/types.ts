/**
 * The Spanish patient level of the built-in glossary (issue #29). It sits beside the English
 * entries, keyed by entry id, so the glossary model (issue #25) can change without touching it,
 * and it travels with the card (background), never in the content script.
 *
 * Every sentence is ours, in plain Spanish, written from Spanish sources (NCI Diccionario de
 * cáncer, PDQ en español, cancer.org/es, MedlinePlus en español, FDA Spanish medication guides),
 * never translated from our English. Never a dose or a schedule.
 */
import type { Fact, Source } from '../types';

/** A Spanish source: a Source whose document is in Spanish. */
export type SpanishSource = Source & { lang: 'es' };

/** One entry's Spanish patient level. Each fact names its own Spanish source. */
export interface SpanishLevel {
  /** The name shown on the card, e.g. "Cromosoma Filadelfia"; drug names stay as they are. */
  name: string;
  /** One plain sentence: what it is. */
  summary: Fact;
  /** A short explanation, one fact per sentence or two. */
  explanation: Fact[];
  /** Drugs: what kind of drug, and how it is given (pill, into a vein). Never a dose. */
  drug?: { drugClass: Fact; howGiven: Fact };
  /** Drugs and treatments: the side effects and the "call your care team" signs. */
  sideEffects?: {
    common: Fact[];
    serious: Fact[];
    callCareTeam: Fact[];
    notes?: Fact[];
  };
}

/** Entry id (data/entries/) → its Spanish level. */
export type SpanishLevels = Readonly<Record<string, SpanishLevel>>;
