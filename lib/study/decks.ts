/**
 * Decks: which cards to study. A deck is described by a small value that fits in the Study page's
 * address (study.html?deck=page&terms=imatinib,dasatinib), so the popup can open any of them.
 */
import { plural, t } from '../i18n';
import type { Category } from '../../data/types';
import { isGlossaryKey } from '../../data/term-id';
import type { StudyCard } from './cards';

export type Deck =
  | { kind: 'glossary' }
  | { kind: 'category'; category: Category }
  /** The terms Termlight found on a page, in the popup's order. */
  | { kind: 'page'; termIds: string[] }
  /** The terms saved in "My questions". */
  | { kind: 'saved' }
  /** One imported glossary (an instructor's course), by its key ("g3"). */
  | { kind: 'course'; key: string };

/** A stable key, used to remember the deck's daily new cards. */
export function deckKey(deck: Deck): string {
  switch (deck.kind) {
    case 'glossary':
      return 'glossary';
    case 'category':
      return `category:${deck.category}`;
    case 'page':
      return `page:${[...deck.termIds].sort().join(',')}`;
    case 'saved':
      return 'saved';
    case 'course':
      return `course:${deck.key}`;
  }
}

/**
 * The cards of a deck, in study order. `cards` are the built-in glossary's and those of every
 * imported glossary (courses). The glossary and its kinds hold the built-in cards; a course deck
 * holds one imported glossary's; term decks (page, saved) hold the cards of their terms from any
 * glossary, in the terms' order, so the first new cards are about the first terms listed.
 * `savedTermIds` are the terms of "My questions" (empty when none are saved).
 */
export function deckCards(
  deck: Deck,
  cards: readonly StudyCard[],
  savedTermIds: readonly string[] = [],
): StudyCard[] {
  switch (deck.kind) {
    case 'glossary':
      return spreadSiblings(cards.filter((c) => !c.course));
    case 'category':
      return spreadSiblings(cards.filter((c) => !c.course && c.category === deck.category));
    case 'course':
      return spreadSiblings(cards.filter((c) => c.course?.key === deck.key));
    case 'page':
      return spreadSiblings(cardsForTerms(deck.termIds, cards));
    case 'saved':
      return spreadSiblings(cardsForTerms(savedTermIds, cards));
  }
}

/**
 * The cards in rounds: the first card of each term in the terms' order, then the second of each,
 * and so on. Cards from one term ("What is ALL?", "What does ALL stand for?") then never come
 * back to back as new cards, where the first would give the second away (#28).
 */
function spreadSiblings(cards: readonly StudyCard[]): StudyCard[] {
  const groups = new Map<string, StudyCard[]>();
  for (const card of cards) {
    const key = card.entryIds.length === 1 ? card.entryIds[0]! : card.id;
    const group = groups.get(key);
    if (group) group.push(card);
    else groups.set(key, [card]);
  }
  const spread: StudyCard[] = [];
  for (let round = 0; spread.length < cards.length; round++) {
    for (const group of groups.values()) if (round < group.length) spread.push(group[round]!);
  }
  return spread;
}

function cardsForTerms(termIds: readonly string[], cards: readonly StudyCard[]): StudyCard[] {
  const rank = new Map(termIds.map((id, i) => [id, i]));
  const firstRank = (card: StudyCard) =>
    Math.min(...card.entryIds.map((id) => rank.get(id) ?? Infinity));
  return cards
    .map((card, index) => ({ card, index, rank: firstRank(card) }))
    .filter((c) => c.rank !== Infinity)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((c) => c.card);
}

const CATEGORY_NAMES: Record<Category, () => string> = {
  disease: () => t('study_deckDiseases'),
  treatment: () => t('study_deckTreatments'),
  drug: () => t('study_deckDrugs'),
  gene: () => t('study_deckGenes'),
  'side-effect': () => t('study_deckSideEffects'),
  body: () => t('study_deckBody'),
};

/** What the Study page calls a deck; `courseName` is a course deck's glossary name. */
export function deckTitle(deck: Deck, courseName = ''): string {
  switch (deck.kind) {
    case 'glossary':
      return t('study_deckGlossary');
    case 'category':
      return CATEGORY_NAMES[deck.category]();
    case 'page':
      return plural('study_deckPage', deck.termIds.length);
    case 'saved':
      return t('study_deckSaved');
    case 'course':
      return t('study_deckCourse', { glossary: courseName });
  }
}

export const DECK_CATEGORIES = Object.keys(CATEGORY_NAMES) as Category[];

/** study.html's query for a deck. */
export function deckQuery(deck: Deck): string {
  const params = new URLSearchParams({ deck: deck.kind });
  if (deck.kind === 'category') params.set('category', deck.category);
  if (deck.kind === 'page') params.set('terms', deck.termIds.join(','));
  if (deck.kind === 'course') params.set('glossary', deck.key);
  return `?${params.toString()}`;
}

/**
 * The deck a Study page address asks for. Anything unknown (a mistyped category, a term that is
 * not in the glossary) is dropped; with nothing left, the whole glossary. A course's key is only
 * checked for its shape: the page says so when no such glossary is stored.
 */
export function parseDeckQuery(search: string, isKnownTerm: (id: string) => boolean): Deck {
  const params = new URLSearchParams(search);
  const kind = params.get('deck');
  if (kind === 'category') {
    const category = params.get('category');
    if (DECK_CATEGORIES.includes(category as Category)) {
      return { kind: 'category', category: category as Category };
    }
  }
  if (kind === 'page') {
    const termIds = [...new Set((params.get('terms') ?? '').split(','))].filter(isKnownTerm);
    if (termIds.length > 0) return { kind: 'page', termIds };
  }
  if (kind === 'saved') return { kind: 'saved' };
  if (kind === 'course') {
    const key = params.get('glossary');
    if (isGlossaryKey(key)) return { kind: 'course', key };
  }
  return { kind: 'glossary' };
}
