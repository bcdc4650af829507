/**
 * The glossary: one entry per term. The entries live in data/entries/ by kind; import the
 * validated copy from data/index.ts rather than this file.
 */
import { AROUND_TREATMENT_ENTRIES } from './entries/around-treatment';
import { CELL_ENTRIES } from './entries/cells-and-cell-therapy';
import { CONCEPT_ENTRIES } from './entries/concepts';
import { DRUG_ENTRIES } from './entries/drugs';
import { SIDE_EFFECT_ENTRIES } from './entries/side-effects';
import type { GlossaryEntry } from './types';

export const GLOSSARY: readonly GlossaryEntry[] = [
  ...CONCEPT_ENTRIES,
  ...DRUG_ENTRIES,
  ...SIDE_EFFECT_ENTRIES,
  ...AROUND_TREATMENT_ENTRIES,
  ...CELL_ENTRIES,
];
