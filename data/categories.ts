import { t } from '../lib/i18n';

/** Termlight's kinds of term: the one list, in the order the options page shows them. */
export const CATEGORIES = Object.freeze([
  'disease',
  'treatment',
  'drug',
  'gene',
  'side-effect',
  'body',
] as const);

export type Category = (typeof CATEGORIES)[number];

interface CategoryLabel {
  readonly one: string;
  readonly group: string;
}

/** A label whose words are read when used (each a literal t() call, which the catalog test sees). */
const label = (one: () => string, group: () => string): CategoryLabel => ({
  get one() {
    return one();
  },
  get group() {
    return group();
  },
});

/**
 * How the UI names each kind: one term ("Drug", on a card) and the group ("Drugs", in options).
 * UI strings (lib/i18n), read when used, so importing the list of kinds reads no message.
 */
export const CATEGORY_LABELS: Readonly<Record<Category, CategoryLabel>> = {
  disease: label(
    () => t('card_kindDisease'),
    () => t('kinds_diseases'),
  ),
  treatment: label(
    () => t('card_kindTreatment'),
    () => t('kinds_treatments'),
  ),
  drug: label(
    () => t('card_kindDrug'),
    () => t('kinds_drugs'),
  ),
  gene: label(
    () => t('card_kindGene'),
    () => t('kinds_genes'),
  ),
  'side-effect': label(
    () => t('card_kindSideEffect'),
    () => t('kinds_sideEffects'),
  ),
  // Cells and proteins of the body (bone marrow, blasts, B and T cells, CD19): neither a disease
  // nor a gene, which is what they were filed under before (#24).
  body: label(
    () => t('card_kindBody'),
    () => t('kinds_body'),
  ),
};
