/**
 * What to study next and how much is left, worked out from the deck, the stored progress and the
 * time alone, so a reload, a second tab or the next day all see the same thing.
 */
import type { StudyCard } from './cards';
import { isLearning, LEARN_AHEAD_MS, type CardProgress } from './scheduler';

export type ProgressMap = ReadonlyMap<string, CardProgress>;

/** New cards a deck introduces per day unless the student changes it. */
export const DEFAULT_NEW_PER_DAY = 20;

export interface DeckCounts {
  total: number;
  /** Studied at least once. */
  seen: number;
  /** Studied before and due now. */
  due: number;
  /** Of those, cards still in their first (or relearning) steps. */
  learning: number;
  /** New cards that may still be started today. */
  newLeft: number;
  /** New cards started today. */
  newToday: number;
  /** The next time a studied card falls due, or null when none waits. */
  nextDue: Date | null;
}

/** Midnight, local time, of the day `now` falls in: the daily limit follows the student's day. */
function startOfDay(now: Date): number {
  const day = new Date(now.getTime());
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

export function deckCounts(
  cards: readonly StudyCard[],
  progress: ProgressMap,
  now: Date,
  newPerDay: number = DEFAULT_NEW_PER_DAY,
): DeckCounts {
  const today = startOfDay(now);
  let seen = 0;
  let due = 0;
  let learning = 0;
  let newToday = 0;
  let unseen = 0;
  let nextDue: Date | null = null;
  for (const card of cards) {
    const p = progress.get(card.id);
    if (!p) {
      unseen++;
      continue;
    }
    seen++;
    if (p.introduced.getTime() >= today) newToday++;
    if (p.fsrs.due.getTime() <= now.getTime()) {
      due++;
      if (isLearning(p)) learning++;
    } else if (nextDue === null || p.fsrs.due < nextDue) {
      nextDue = p.fsrs.due;
    }
  }
  const newLeft = Math.min(unseen, Math.max(0, newPerDay - newToday));
  return { total: cards.length, seen, due, learning, newLeft, newToday, nextDue };
}

/**
 * The card to show now: the most overdue studied card; else the next new card while today's
 * limit allows; else a learning card due within LEARN_AHEAD_MS (as Anki does, so a card
 * graded "again" comes back before the sitting ends). Null when nothing is left for now.
 */
export function nextCard(
  cards: readonly StudyCard[],
  progress: ProgressMap,
  now: Date,
  newPerDay: number = DEFAULT_NEW_PER_DAY,
): StudyCard | null {
  let overdue: { card: StudyCard; due: number } | null = null;
  let soon: { card: StudyCard; due: number } | null = null;
  for (const card of cards) {
    const p = progress.get(card.id);
    if (!p) continue;
    const due = p.fsrs.due.getTime();
    if (due <= now.getTime()) {
      if (!overdue || due < overdue.due) overdue = { card, due };
    } else if (isLearning(p) && due <= now.getTime() + LEARN_AHEAD_MS) {
      if (!soon || due < soon.due) soon = { card, due };
    }
  }
  if (overdue) return overdue.card;
  if (deckCounts(cards, progress, now, newPerDay).newLeft > 0) {
    const fresh = cards.find((c) => !progress.has(c.id));
    if (fresh) return fresh;
  }
  return soon?.card ?? null;
}
