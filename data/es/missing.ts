/**
 * TO DO (issue #29): entries whose Spanish level is still being written. The test
 * data/es/__tests__/levels.test.ts fails when an entry has neither a Spanish level nor a stated
 * gap (SPANISH_GAPS: no Spanish primary source could be read) and is missing from this list, and
 * when an id here is not an entry or is already done or a gap, so the list only shrinks. Write the entry's level in data/es/entries/, add it to SPANISH_LEVELS, then delete its
 * id here. The goal is an empty list: every built-in entry with its Spanish level.
 */
export const SPANISH_LEVELS_TODO: readonly string[] = [
  // data/entries/concepts.ts (es-terms)
  'acute-lymphocytic-leukemia',
  'ph-positive-all',
  'b-cell-all',
  'philadelphia-chromosome',
  'bcr-abl',
  'targeted-therapy',
  'chemotherapy',
  'immunotherapy',
  'monoclonal-antibody',
  'antibody-drug-conjugate',
  'remission',
  // data/entries/side-effects.ts (es-terms)
  'edema',
  'low-blood-counts',
  'low-platelet-count',
  'low-red-blood-cell-count',
  'low-white-blood-cell-count',
  'infusion-reaction',
  'veno-occlusive-disease',
  // data/entries/around-treatment.ts (es-terms)
  'relapsed-refractory',
  'minimal-residual-disease',
  't315i',
  'qt-prolongation',
  'pleural-effusion',
  'cytokine-release-syndrome',
  'icans',
  'car-t-cell-therapy',
];
