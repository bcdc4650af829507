/**
 * TO DO (issue #24): secondary sources that facts still cite. Every fact must rest on a primary
 * source (data/source-kinds.ts); these are the ones not yet replaced. The test
 * data/__tests__/primary-sources.test.ts fails when a fact cites a secondary source missing from
 * this list, and when an id here is no longer cited (or is not secondary), so the list only
 * shrinks. Replace the facts (or drop them where no primary source can be read), then delete the
 * id here and its record in data/sources.ts. The goal is an empty list.
 *
 * Grouped by the entry files that cite each id on 2026-12-06.
 */
export const SECONDARY_SOURCES_TODO: readonly string[] = [
  // data/entries/concepts.ts and side-effects.ts
  'ccs-low-red-blood-cell-count', // side-effects
  'eviq-thrombocytopenia', // side-effects
  'iupac-gold-book-bcr-abl', // concepts
  'livertox-sinusoidal-obstruction-syndrome', // side-effects
  'medscape-all-immunophenotype', // concepts
  'nccn-patients-all-treatment-phases', // concepts
  'nci-definition-immunotherapy-nalt', // concepts
  'nci-dictionary-antibody-drug-conjugate', // concepts
  'nci-dictionary-philadelphia-chromosome-positive', // concepts
  'nci-dictionary-targeted-therapy', // concepts
  'ncit-abl1-bcr-fusion-gene', // concepts
  'pdq-adult-all-treatment-hp', // concepts, side-effects
  'pfizer-medical-information-besponsa-warnings', // side-effects
  'pfizerpro-ie-besponsa-selected-adverse-reactions', // concepts, side-effects

  // Cited from more than one owner's files
  'clustermed-besponsa-label-pharmacology', // concepts, drugs
  'livertox-dasatinib', // concepts, drugs
  'moalmanac-blincyto-mrd', // concepts, drugs, around-treatment
  'nccn-patients-all', // concepts, side-effects, cells-and-cell-therapy
  'pfizer-hcp-bosulif', // drugs, side-effects, around-treatment
  'azanza-2018-tki-pharmacology', // drugs, around-treatment
  'bms-sprycel-pediatric-ph-all-2019', // drugs, around-treatment
  'medthority-iclusig-label-2013', // drugs, around-treatment
  'moalmanac-iclusig-ph-all', // drugs, around-treatment
  'novartis-hcp-tasigna', // drugs, around-treatment

  // data/entries/drugs.ts
  'globalrph-tasigna-label',
  'livertox-bosutinib',
  'livertox-nilotinib',
  'livertox-ponatinib',
  'moalmanac-gleevec-ph-all',
  'rxwiki-gleevec-children-ph-all',
  'takeda-hcp-iclusig',

  // data/entries/around-treatment.ts and cells-and-cell-therapy.ts
  'aamds-glossary-blast-cell', // cells
  'drugsnews-tecartus-approval-2021', // cells
  'gardp-revive-qt-prolongation', // around-treatment
  'hpo-b-cells-rgd', // cells
  'mayo-prolonged-qt-interval', // around-treatment
  'nci-definition-all-lymphoblasts', // cells
  'nci-dictionary-chimeric-antigen-receptor', // around-treatment
  'nhgri-talking-glossary-lymphocyte', // cells
  'novartis-hcp-kymriah-all', // cells
  'reddot-cd22-antibody-datasheet', // cells
  'springer-icans-chapter', // around-treatment
  'umls-pleural-effusion', // around-treatment
];
