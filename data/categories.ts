import { t } from '../lib/i18n';

/** Termlight's kinds of term: the one list, in the order the options page shows them. */
export const CATEGORIES = Object.freeze([
  'disease',
  'treatment',
  'drug',
  'gene',
  'side-effect',
] as const);

export type Category = (typeof CATEGORIES)[number];

/**
 * How the UI names each kind: one term ("Drug", on a card) and the group ("Drugs", in options).
 * UI strings (lib/i18n), read when used, so importing the list of kinds reads no message.
 */
export const CATEGORY_LABELS: Readonly<
  Record<Category, { readonly one: string; readonly group: string }>
> = {
  disease: {
    get one() {
      return t('card_kindDisease');
    },
    get group() {
      return t('kinds_diseases');
    },
  },
  treatment: {
    get one() {
      return t('card_kindTreatment');
    },
    get group() {
      return t('kinds_treatments');
    },
  },
  drug: {
    get one() {
      return t('card_kindDrug');
    },
    get group() {
      return t('kinds_drugs');
    },
  },
  gene: {
    get one() {
      return t('card_kindGene');
    },
    get group() {
      return t('kinds_genes');
    },
  },
  'side-effect': {
    get one() {
      return t('card_kindSideEffect');
    },
    get group() {
      return t('kinds_sideEffects');
    },
  },
};

export function isCategory(value: unknown): value is Category {
  return (CATEGORIES as readonly unknown[]).includes(value);
}
