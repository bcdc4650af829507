import { describe, expect, it } from 'vitest';
import type { StudyCard } from '../cards';
import { gradeCard, intervalLabel, previewDue, type CardProgress } from '../scheduler';
import { deckCounts, nextCard } from '../session';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** A fixed clock: 09:00 local time on a Tuesday. */
const START = new Date(2026, 11, 1, 9, 0, 0);
const at = (ms: number) => new Date(START.getTime() + ms);

function card(id: string): StudyCard {
  return {
    id,
    kind: 'meaning',
    front: `What is ${id}?`,
    back: `${id} is a term.`,
    entryIds: [id],
    category: 'drug',
    origins: [{ entryId: id, field: 'summary', source: 's' }],
  };
}
const deck = ['a', 'b', 'c', 'd', 'e'].map(card);

describe('gradeCard (ts-fsrs)', () => {
  it('brings a card graded "again" back sooner than one graded "easy"', () => {
    const again = gradeCard(undefined, 1, START);
    const hard = gradeCard(undefined, 2, START);
    const good = gradeCard(undefined, 3, START);
    const easy = gradeCard(undefined, 4, START);
    expect(again.fsrs.due.getTime()).toBeLessThan(hard.fsrs.due.getTime());
    expect(hard.fsrs.due.getTime()).toBeLessThan(good.fsrs.due.getTime());
    expect(good.fsrs.due.getTime()).toBeLessThan(easy.fsrs.due.getTime());
    expect(again.fsrs.due.getTime() - START.getTime()).toBeLessThan(10 * MINUTE);
    expect(easy.fsrs.due.getTime() - START.getTime()).toBeGreaterThanOrEqual(DAY);
  });

  it('keeps the first study date and counts repetitions', () => {
    const first = gradeCard(undefined, 3, START);
    const second = gradeCard(first, 3, at(10 * MINUTE));
    expect(second.introduced).toEqual(START);
    expect(second.fsrs.reps).toBe(2);
  });

  it('is deterministic (no fuzz): the same grades at the same times give the same dates', () => {
    const run = () => gradeCard(gradeCard(undefined, 3, START), 3, at(10 * MINUTE)).fsrs.due;
    expect(run()).toEqual(run());
  });

  it('previews the due date of each grade as grading would give it', () => {
    const preview = previewDue(undefined, START);
    expect(preview[1]).toEqual(gradeCard(undefined, 1, START).fsrs.due);
    expect(preview[4]).toEqual(gradeCard(undefined, 4, START).fsrs.due);
  });

  it('labels intervals in plain units', () => {
    expect(intervalLabel(START, at(30_000))).toBe('1 min');
    expect(intervalLabel(START, at(10 * MINUTE))).toBe('10 min');
    expect(intervalLabel(START, at(3 * 60 * MINUTE))).toBe('3 hours');
    expect(intervalLabel(START, at(DAY))).toBe('1 day');
    expect(intervalLabel(START, at(90 * DAY))).toBe('3 months');
  });
});

describe('a study day and the next', () => {
  it('shows new cards in deck order up to the daily limit, then nothing new', () => {
    const progress = new Map<string, CardProgress>();
    const shown: string[] = [];
    for (let i = 0; i < 3; i++) {
      const next = nextCard(deck, progress, START, 3)!;
      shown.push(next.id);
      progress.set(next.id, gradeCard(undefined, 4, START));
    }
    expect(shown).toEqual(['a', 'b', 'c']);
    expect(nextCard(deck, progress, START, 3)).toBeNull();
    expect(deckCounts(deck, progress, START, 3)).toMatchObject({
      total: 5,
      seen: 3,
      due: 0,
      newLeft: 0,
      newToday: 3,
    });
  });

  it('brings an "again" card back in the same sitting, an "easy" one only on a later day', () => {
    const progress = new Map<string, CardProgress>([
      ['a', gradeCard(undefined, 1, START)],
      ['b', gradeCard(undefined, 4, START)],
    ]);
    // No new cards allowed: what is left is the learning card, a minute ahead.
    expect(nextCard(deck, progress, START, 2)?.id).toBe('a');
    const tomorrow = at(DAY);
    expect(deckCounts(deck.slice(0, 2), progress, at(2 * MINUTE)).due).toBe(1);
    const later = progress.get('b')!.fsrs.due;
    expect(deckCounts(deck.slice(0, 2), progress, new Date(later.getTime() - 1)).due).toBe(1);
    expect(deckCounts(deck.slice(0, 2), progress, later).due).toBe(2);
    // The next day the daily limit starts again.
    expect(deckCounts(deck, progress, tomorrow, 2)).toMatchObject({ newToday: 0, newLeft: 2 });
  });

  it('shows the most overdue card first, before any new card', () => {
    const progress = new Map<string, CardProgress>([
      ['c', gradeCard(undefined, 3, START)],
      ['b', gradeCard(undefined, 1, START)],
    ]);
    expect(nextCard(deck, progress, at(DAY))?.id).toBe('b');
  });

  it('tells when the next studied card falls due', () => {
    const progress = new Map<string, CardProgress>([['a', gradeCard(undefined, 4, START)]]);
    expect(deckCounts(deck, progress, START).nextDue).toEqual(progress.get('a')!.fsrs.due);
  });
});
