/**
 * Decided with My questions (lib/questions/__tests__/imported-terms.test.ts): a saved term of an
 * imported glossary stays in My questions, but Study has no cards for it. Study's cards come only
 * from the built-in glossary's sourced facts, which Termlight reviewed; an imported file's are not.
 */
import { describe, expect, it } from 'vitest';
import { deckCards, glossaryCards } from '../index';

describe('imported terms in Study', () => {
  it('leaves saved imported terms out of the saved-terms deck and keeps the built-in ones', () => {
    const cards = deckCards({ kind: 'saved' }, glossaryCards(), ['g3/zanubrutinib', 'imatinib']);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((c) => c.entryIds.includes('imatinib'))).toBe(true);
    expect(cards).toEqual(deckCards({ kind: 'saved' }, glossaryCards(), ['imatinib']));
  });

  it('has no deck at all when only imported terms are saved', () => {
    expect(deckCards({ kind: 'saved' }, glossaryCards(), ['g3/zanubrutinib'])).toEqual([]);
  });
});
