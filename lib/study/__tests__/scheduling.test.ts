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
    const again = gradeCard('a', undefined, 1, START);
    const hard = gradeCard('a', undefined, 2, START);
    const good = gradeCard('a', undefined, 3, START);
    const easy = gradeCard('a', undefined, 4, START);
    expect(again.fsrs.due.getTime()).toBeLessThan(hard.fsrs.due.getTime());
    expect(hard.fsrs.due.getTime()).toBeLessThan(good.fsrs.due.getTime());
    expect(good.fsrs.due.getTime()).toBeLessThan(easy.fsrs.due.getTime());
    expect(again.fsrs.due.getTime() - START.getTime()).toBeLessThan(10 * MINUTE);
    expect(easy.fsrs.due.getTime() - START.getTime()).toBeGreaterThanOrEqual(DAY);
  });

  it('keeps the first study date and counts repetitions', () => {
    const first = gradeCard('a', undefined, 3, START);
    const second = gradeCard('a', first, 3, at(10 * MINUTE));
    expect(second.introduced).toEqual(START);
    expect(second.fsrs.reps).toBe(2);
  });

  it('is deterministic: the same grades at the same times give the same dates', () => {
    const run = () =>
      gradeCard('a', gradeCard('a', undefined, 3, START), 3, at(10 * MINUTE)).fsrs.due;
    expect(run()).toEqual(run());
  });

  /** A card graded "good" five times, each time on the day it fell due. */
  function fiveGoodReviews(id: string): Date[] {
    const dues: Date[] = [];
    let progress: CardProgress | undefined;
    let now = START;
    for (let i = 0; i < 5; i++) {
      progress = gradeCard(id, progress, 3, now);
      dues.push(progress.fsrs.due);
      now = progress.fsrs.due;
    }
    return dues;
  }

  it('fuzzes intervals: cards with one history fall due on different days (#28)', () => {
    const ids = ['meaning:all', 'abbreviation:all', 'meaning:imatinib', 'drug-kind:imatinib'];
    const lastDays = new Set(ids.map((id) => fiveGoodReviews(id).at(-1)!.getTime()));
    // Without fuzz all four would share one date.
    expect(lastDays.size).toBeGreaterThan(1);
  });

  it('seeds the fuzz with the card, not the clock: one card, one history, one date', () => {
    expect(fiveGoodReviews('meaning:all')).toEqual(fiveGoodReviews('meaning:all'));
    // The id the seed reads is not stored with the progress.
    expect(Object.keys(gradeCard('a', undefined, 3, START).fsrs)).not.toContain('termlightCardId');
  });

  it('previews the due date of each grade as grading would give it', () => {
    const preview = previewDue('a', undefined, START);
    expect(preview[1]).toEqual(gradeCard('a', undefined, 1, START).fsrs.due);
    expect(preview[4]).toEqual(gradeCard('a', undefined, 4, START).fsrs.due);
    // Also where the fuzz moves the date: a card several reviews in.
    let progress: CardProgress | undefined;
    let now = START;
    for (let i = 0; i < 4; i++) {
      progress = gradeCard('a', progress, 3, now);
      now = progress.fsrs.due;
    }
    const later = previewDue('a', progress, now);
    for (const grade of [1, 2, 3, 4] as const) {
      expect(later[grade]).toEqual(gradeCard('a', progress, grade, now).fsrs.due);
    }
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
      progress.set(next.id, gradeCard(next.id, undefined, 4, START));
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
      ['a', gradeCard('a', undefined, 1, START)],
      ['b', gradeCard('b', undefined, 4, START)],
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
      ['c', gradeCard('c', undefined, 3, START)],
      ['b', gradeCard('b', undefined, 1, START)],
    ]);
    expect(nextCard(deck, progress, at(DAY))?.id).toBe('b');
  });

  it('tells when the next studied card falls due', () => {
    const progress = new Map<string, CardProgress>([['a', gradeCard('a', undefined, 4, START)]]);
    expect(deckCounts(deck, progress, START).nextDue).toEqual(progress.get('a')!.fsrs.due);
  });
});
