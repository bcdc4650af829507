/**
 * Study cards made from the glossary's own data. Every answer is a fact the glossary already holds
 * (an entry's summary, name, forms, or one of its sourced Facts); nothing is written here but the
 * question around it. Each card lists the facts it came from, so it can be traced and cited.
 */
import type { Category, GlossaryEntry, SourceId } from '../../data/types';
import { t } from '../i18n';
import { namesSideEffect, sideEffectLabel } from './side-effects';
import { lowerFirst, nameInSentence } from './wording';
import { studentCards } from './student-cards';

export type CardKind =
  | 'meaning'
  | 'brand-to-generic'
  | 'generic-to-brand'
  | 'drug-kind'
  | 'drug-target'
  | 'side-effect-drugs'
  | 'abbreviation'
  | 'full-name-to-abbreviation'
  | 'student-summary'
  | 'student-boxed-warning'
  | 'student-apart'
  | 'student-monitoring';

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
  /** The imported glossary the card comes from (a course deck); absent for Termlight's own. */
  course?: CourseRef;
}

/** An imported glossary, as its cards name it. */
interface CourseRef {
  key: string;
  name: string;
}

function meaningCard(entry: GlossaryEntry): StudyCard {
  return {
    id: `meaning:${entry.id}`,
    kind: 'meaning',
    front: t('study_cardMeaning', { term: nameInSentence(entry) }),
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
      front: t('study_cardShortName', { term: nameInSentence(entry, full) }),
      back: short,
    },
  ];
}

/**
 * "Which drugs in this glossary list rash among their common side effects?", one card per effect
 * a drug's common side effects name on their own. The answer is every drug entry whose common
 * side effects name it, alone or in a list, in any of the glossary's wordings (side-effects.ts);
 * the class entry for TKIs, which has no drug facts, is left out.
 */
function sideEffectCards(entries: readonly GlossaryEntry[], course?: CourseRef): StudyCard[] {
  const drugs = entries.filter((e) => e.drug && e.sideEffects);
  const labels = new Set(
    drugs.flatMap((e) => e.sideEffects!.common.map((fact) => sideEffectLabel(fact.text))),
  );
  labels.delete(null);
  return [...labels].map((label) => {
    const origins: CardOrigin[] = [];
    const named: GlossaryEntry[] = [];
    for (const entry of drugs) {
      entry.sideEffects!.common.forEach((fact, index) => {
        if (!namesSideEffect(fact.text, label!)) return;
        if (!named.includes(entry)) named.push(entry);
        origins.push({
          entryId: entry.id,
          field: `sideEffects.common[${index}]`,
          source: fact.source,
        });
      });
    }
    return {
      // A course's card is its own: the built-in glossary may ask about the same effect.
      id: course ? `side-effect-drugs:${course.key}/${label}` : `side-effect-drugs:${label}`,
      kind: 'side-effect-drugs',
      // "In this glossary" would be ambiguous where a deck mixes glossaries: a course is named.
      front: course
        ? t('study_cardSideEffectDrugsInCourse', { effect: label!, glossary: course.name })
        : t('study_cardSideEffectDrugs', { effect: label! }),
      back: named.map((d) => lowerFirst(d.name)).join(', '),
      entryIds: named.map((d) => d.id),
      category: 'side-effect',
      origins,
    };
  });
}

export interface CardOptions {
  /** Add the cards of each entry's "For students" level (the student level is on). */
  student?: boolean;
  /** The imported glossary the entries come from; every card then names it. */
  course?: CourseRef;
}

/**
 * Every study card the glossary yields, entry by entry, then the side-effect cards. Cards of one
 * entry come together here; decks spread them apart (spreadSiblings) so one does not give the
 * next away.
 */
export function generateCards(
  entries: readonly GlossaryEntry[],
  { student = false, course }: CardOptions = {},
): StudyCard[] {
  const cards: StudyCard[] = [];
  for (const entry of entries) {
    cards.push(
      meaningCard(entry),
      ...abbreviationCards(entry),
      ...brandCards(entry),
      ...drugCards(entry),
      ...(student ? studentCards(entry) : []),
    );
  }
  cards.push(...sideEffectCards(entries, course));
  return course ? cards.map((card) => ({ ...card, course })) : cards;
}
