/**
 * Study cards made from the glossary's own data. Every answer is a fact the glossary already holds
 * (an entry's summary, name, forms, or one of its sourced Facts); nothing is written here but the
 * question around it. Each card lists the facts it came from, so it can be traced and cited.
 */
import type { Category, GlossaryEntry, SourceId } from '../../data/types';
import { t } from '../i18n';

export type CardKind =
  | 'meaning'
  | 'brand-to-generic'
  | 'generic-to-brand'
  | 'drug-kind'
  | 'drug-target'
  | 'side-effect-drugs'
  | 'abbreviation'
  | 'full-name-to-abbreviation';

/** Where in the glossary one piece of a card's answer comes from. */
export interface CardOrigin {
  entryId: string;
  /** The entry's field, e.g. "summary", "forms", "drug.target", "sideEffects.common[2]". */
  field: string;
  source: SourceId;
}

export interface StudyCard {
  /** Stable across releases while the fact stays: progress is stored under it. */
  id: string;
  kind: CardKind;
  front: string;
  back: string;
  /** The entries the card is about; a deck holds the card if it holds one of them. */
  entryIds: string[];
  /** The category of the card's first entry (for category decks and export tags). */
  category: Category;
  origins: CardOrigin[];
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function meaningCard(entry: GlossaryEntry): StudyCard {
  return {
    id: `meaning:${entry.id}`,
    kind: 'meaning',
    front: t('study_cardMeaning', { term: entry.name }),
    back: entry.summary,
    entryIds: [entry.id],
    category: entry.category,
    origins: [{ entryId: entry.id, field: 'summary', source: entry.source }],
  };
}

/** "Sprycel" -> dasatinib and dasatinib -> "Sprycel". Brands come from forms marked brand. */
function brandCards(entry: GlossaryEntry): StudyCard[] {
  const brands = entry.forms.filter((f) => f.brand === true).map((f) => f.text);
  if (brands.length === 0) return [];
  const origins = [{ entryId: entry.id, field: 'forms', source: entry.source }];
  const base = { entryIds: [entry.id], category: entry.category, origins };
  const generic = lowerFirst(entry.name);
  return [
    ...brands.map((brand): StudyCard => ({
      ...base,
      id: `brand-to-generic:${entry.id}:${brand}`,
      kind: 'brand-to-generic',
      front: t('study_cardBrandToGeneric', { brand }),
      back: generic,
    })),
    {
      ...base,
      id: `generic-to-brand:${entry.id}`,
      kind: 'generic-to-brand',
      front: t('study_cardGenericToBrand', { drug: generic }),
      back: brands.reduce((first, second) => t('study_cardBrandOr', { first, second })),
    },
  ];
}

function drugCards(entry: GlossaryEntry): StudyCard[] {
  if (!entry.drug) return [];
  const name = lowerFirst(entry.name);
  const base = { entryIds: [entry.id], category: entry.category };
  return [
    {
      ...base,
      id: `drug-kind:${entry.id}`,
      kind: 'drug-kind',
      front: t('study_cardDrugKind', { drug: name }),
      back: entry.drug.drugClass.text,
      origins: [
        { entryId: entry.id, field: 'drug.drugClass', source: entry.drug.drugClass.source },
      ],
    },
    {
      ...base,
      id: `drug-target:${entry.id}`,
      kind: 'drug-target',
      front: t('study_cardDrugTarget', { drug: name }),
      back: entry.drug.target.text,
      origins: [{ entryId: entry.id, field: 'drug.target', source: entry.drug.target.source }],
    },
  ];
}

/**
 * "Ph+ ALL" from "Philadelphia chromosome-positive ALL (Ph+ ALL)". Only a short bracketed name in
 * which every word starts with a capital counts: "(edema)" or "(chemo)" are other names, not
 * abbreviations.
 */
export function abbreviationOf(entry: GlossaryEntry): { short: string; full: string } | null {
  const match = /^(.+) \(([^()]+)\)$/.exec(entry.name);
  if (!match) return null;
  const [, full, short] = match as unknown as [string, string, string];
  if (short.length > 10 || !/^[A-Z][\w+-]*( [A-Z][\w+-]*)*$/.test(short)) return null;
  return { short, full };
}

function abbreviationCards(entry: GlossaryEntry): StudyCard[] {
  const abbreviation = abbreviationOf(entry);
  if (!abbreviation) return [];
  const { short, full } = abbreviation;
  const base = {
    entryIds: [entry.id],
    category: entry.category,
    origins: [{ entryId: entry.id, field: 'name', source: entry.source }],
  };
  return [
    {
      ...base,
      id: `abbreviation:${entry.id}`,
      kind: 'abbreviation',
      front: t('study_cardAbbreviation', { abbreviation: short }),
      back: full,
    },
    {
      ...base,
      id: `full-name-to-abbreviation:${entry.id}`,
      kind: 'full-name-to-abbreviation',
      front: t('study_cardShortName', { term: lowerFirst(full) }),
      back: short,
    },
  ];
}

/**
 * The key two drugs' side-effect facts share when they name the same effect: "Nausea (feeling sick
 * to your stomach)." and "Nausea." are both "nausea".
 */
export function sideEffectKey(text: string): string {
  return text
    .replace(/\([^)]*\)/g, '')
    .replace(/[.\s]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * "Which drugs list fever as a common side effect?", one card per effect, from the common side
 * effects of the drug entries (the class entry for TKIs repeats its drugs' list, so it is left
 * out). The answer lists every drug whose own fact names the effect.
 */
function sideEffectCards(entries: readonly GlossaryEntry[]): StudyCard[] {
  const byEffect = new Map<
    string,
    { label: string; drugs: GlossaryEntry[]; origins: CardOrigin[] }
  >();
  for (const entry of entries) {
    if (!entry.drug || !entry.sideEffects) continue;
    entry.sideEffects.common.forEach((fact, index) => {
      const key = sideEffectKey(fact.text);
      if (key === '') return;
      let group = byEffect.get(key);
      if (!group) {
        group = { label: key, drugs: [], origins: [] };
        byEffect.set(key, group);
      }
      if (!group.drugs.includes(entry)) group.drugs.push(entry);
      group.origins.push({
        entryId: entry.id,
        field: `sideEffects.common[${index}]`,
        source: fact.source,
      });
    });
  }
  return [...byEffect.values()].map(({ label, drugs, origins }) => ({
    id: `side-effect-drugs:${label}`,
    kind: 'side-effect-drugs',
    front: t('study_cardSideEffectDrugs', { effect: label }),
    back: drugs.map((d) => lowerFirst(d.name)).join(', '),
    entryIds: drugs.map((d) => d.id),
    category: 'side-effect',
    origins,
  }));
}

/** Every study card the glossary yields, entry by entry, then the side-effect cards. */
export function generateCards(entries: readonly GlossaryEntry[]): StudyCard[] {
  const cards: StudyCard[] = [];
  for (const entry of entries) {
    cards.push(
      meaningCard(entry),
      ...abbreviationCards(entry),
      ...brandCards(entry),
      ...drugCards(entry),
    );
  }
  cards.push(...sideEffectCards(entries));
  return cards;
}
