import { describe, expect, it } from 'vitest';
import { getEntry } from '../../../data/index';
import { deckCards, deckQuery, deckTitle, parseDeckQuery, type Deck } from '../decks';
import { glossaryCards } from '../index';

const cards = glossaryCards();
const known = (id: string) => getEntry(id) !== undefined;

describe('decks', () => {
  it('the whole glossary holds every card', () => {
    expect(deckCards({ kind: 'glossary' }, cards)).toHaveLength(cards.length);
  });

  it('a category deck holds the cards of that category only', () => {
    const drugs = deckCards({ kind: 'category', category: 'drug' }, cards);
    expect(drugs.length).toBeGreaterThan(0);
    expect(drugs.every((c) => c.category === 'drug')).toBe(true);
  });

  it("a page deck holds its terms' cards, the first term's first", () => {
    const deck: Deck = { kind: 'page', termIds: ['dasatinib', 'remission'] };
    const held = deckCards(deck, cards);
    expect(held[0]!.id).toBe('meaning:dasatinib');
    expect(held.every((c) => c.entryIds.some((id) => deck.termIds.includes(id)))).toBe(true);
    expect(held.some((c) => c.id === 'meaning:remission')).toBe(true);
    expect(held.some((c) => c.id === 'meaning:imatinib')).toBe(false);
  });

  it('spreads the cards of one term apart in every deck', () => {
    const student = glossaryCards({ student: true });
    for (const deck of [
      { kind: 'glossary' },
      { kind: 'category', category: 'drug' },
      { kind: 'page', termIds: ['acute-lymphocytic-leukemia', 'dasatinib', 'remission'] },
    ] satisfies Deck[]) {
      const held = deckCards(deck, student);
      expect(new Set(held.map((c) => c.id)).size, deck.kind).toBe(held.length);
      // The first round has one card per term: "What is ALL?" is not followed by "What does ALL
      // stand for?" (#28).
      const single = held.filter((c) => c.entryIds.length === 1);
      const terms = new Set(single.map((c) => c.entryIds[0]));
      const firstRound = single.slice(0, terms.size).map((c) => c.entryIds[0]);
      expect(new Set(firstRound).size, deck.kind).toBe(terms.size);
    }
  });

  it('the saved deck holds the saved terms, and nothing when none are saved', () => {
    expect(deckCards({ kind: 'saved' }, cards)).toEqual([]);
    expect(deckCards({ kind: 'saved' }, cards, ['remission']).map((c) => c.id)).toEqual([
      'meaning:remission',
    ]);
  });

  it.each<Deck>([
    { kind: 'glossary' },
    { kind: 'category', category: 'side-effect' },
    { kind: 'page', termIds: ['imatinib', 'bcr-abl'] },
    { kind: 'saved' },
  ])('round-trips %o through the Study page address', (deck) => {
    expect(parseDeckQuery(deckQuery(deck), known)).toEqual(deck);
  });

  it('drops unknown terms and categories from an address', () => {
    expect(parseDeckQuery('?deck=page&terms=imatinib,nope,imatinib', known)).toEqual({
      kind: 'page',
      termIds: ['imatinib'],
    });
    expect(parseDeckQuery('?deck=page&terms=nope', known)).toEqual({ kind: 'glossary' });
    expect(parseDeckQuery('?deck=category&category=toString', known)).toEqual({ kind: 'glossary' });
    expect(parseDeckQuery('', known)).toEqual({ kind: 'glossary' });
  });

  it('names decks plainly', () => {
    expect(deckTitle({ kind: 'page', termIds: ['a', 'b', 'c'] })).toBe('The 3 terms on the page');
    expect(deckTitle({ kind: 'page', termIds: ['a'] })).toBe('The term on the page');
  });
});
