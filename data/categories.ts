/** Termlight's kinds of term: the one list, in the order the options page shows them. */
export const CATEGORIES = Object.freeze([
  'disease',
  'treatment',
  'drug',
  'gene',
  'side-effect',
] as const);

export type Category = (typeof CATEGORIES)[number];

/** How the UI names each kind: one term ("Drug", on a card) and the group ("Drugs", in options). */
export const CATEGORY_LABELS: Readonly<Record<Category, { one: string; group: string }>> = {
  disease: { one: 'Disease', group: 'Diseases' },
  treatment: { one: 'Treatment', group: 'Treatments' },
  drug: { one: 'Drug', group: 'Drugs' },
  gene: { one: 'Gene or chromosome', group: 'Genes and chromosomes' },
  'side-effect': { one: 'Side effect', group: 'Side effects' },
};

export function isCategory(value: unknown): value is Category {
  return (CATEGORIES as readonly unknown[]).includes(value);
}
