import type { MatcherEntry } from '../types';

/** A small stand-in glossary, so these tests do not depend on the real one in data/. */
export const FIXTURE: readonly MatcherEntry[] = [
  {
    id: 'all',
    forms: [
      { text: 'ALL', caseSensitive: true },
      { text: 'acute lymphoblastic leukemia' },
      { text: 'acute lymphocytic leukemia' },
      { text: 'acute lymphoblastic leukaemia' },
    ],
  },
  {
    id: 'ph-positive-all',
    forms: [
      { text: 'Ph+ ALL', caseSensitive: true },
      { text: 'Ph-positive ALL', caseSensitive: true },
      // Exact case, sharing a prefix with a case-free form below: the trie must still prefer it.
      { text: 'Philadelphia chromosome-positive ALL', caseSensitive: true },
      { text: 'Philadelphia chromosome-positive acute lymphoblastic leukemia' },
    ],
  },
  {
    id: 'ph-negative-all',
    forms: [
      { text: 'Ph- ALL', caseSensitive: true },
      { text: 'Ph-negative ALL', caseSensitive: true },
    ],
  },
  {
    id: 'philadelphia-chromosome',
    forms: [
      { text: 'Philadelphia chromosome' },
      { text: 'Philadelphia chromosome-positive' },
      { text: 'Ph chromosome', caseSensitive: true },
      { text: 'Ph+', caseSensitive: true },
      { text: 'Ph-positive', caseSensitive: true },
      { text: 'Ph', caseSensitive: true },
    ],
  },
  {
    id: 'imatinib',
    forms: [
      { text: 'imatinib' },
      { text: 'imatinib mesylate' },
      { text: 'Gleevec', brand: true },
      { text: 'Glivec', brand: true },
    ],
  },
  { id: 'dasatinib', forms: [{ text: 'dasatinib' }, { text: 'Sprycel', brand: true }] },
  {
    id: 'tki',
    forms: [{ text: 'TKI', caseSensitive: true }, { text: 'tyrosine kinase inhibitor' }],
  },
  {
    id: 'bcr-abl1',
    forms: [
      { text: 'BCR-ABL1', caseSensitive: true },
      { text: 'BCR::ABL1', caseSensitive: true },
      { text: 'BCR-ABL', caseSensitive: true },
      { text: 'BCR/ABL', caseSensitive: true },
    ],
  },
  {
    id: 'targeted-therapy',
    forms: [{ text: 'targeted therapy' }, { text: 'targeted drugs' }],
  },
  {
    id: 'mrd',
    forms: [{ text: 'MRD', caseSensitive: true }, { text: 'minimal residual disease' }],
  },
  { id: 'car-t', forms: [{ text: 'CAR T-cell therapy' }] },
];
