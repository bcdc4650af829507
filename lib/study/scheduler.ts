/**
 * Spaced repetition with FSRS (the algorithm Anki uses) through ts-fsrs. This module only adapts
 * ts-fsrs to Termlight's stored progress; the scheduling itself is ts-fsrs's.
 */
import {
  createEmptyCard,
  fsrs,
  GenSeedStrategyWithCardId,
  Rating,
  State,
  StrategyMode,
  type Card,
  type Grade,
} from 'ts-fsrs';
import { t } from '../i18n';
import { formatDuration } from '../i18n/intl';

/** The four grades, as the keys 1-4 press them. */
export const GRADES = [
  { value: 1, label: t('study_gradeAgain') },
  { value: 2, label: t('study_gradeHard') },
  { value: 3, label: t('study_gradeGood') },
  { value: 4, label: t('study_gradeEasy') },
] as const;
export type GradeValue = (typeof GRADES)[number]['value'];

/** One card's progress: ts-fsrs's card plus when it was first studied (for the daily new limit). */
export interface CardProgress {
  fsrs: Card;
  /** When the card was first graded. */
  introduced: Date;
}

/** Learning cards due within this time come back in the same sitting (Anki's default, 20 min). */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;

/**
 * Fuzz on, as in Anki: intervals of three days or more move by a few percent, so cards learnt
 * together (two cards of one term, graded alike in one sitting) do not all fall due on the same
 * day and come back side by side (#28). The fuzz is seeded with the card's id and its number of
 * reviews, not the clock, so the same card with the same grades always gets the same dates (and
 * testable ones), while two cards with the same history get their own.
 */
const CARD_ID_FIELD = 'termlightCardId';
const scheduler = fsrs({ enable_fuzz: true }).useStrategy(
  StrategyMode.SEED,
  GenSeedStrategyWithCardId(CARD_ID_FIELD),
);

/** The ts-fsrs card with the id the seed reads. */
function seeded(cardId: string, progress: CardProgress | undefined, now: Date): Card {
  const card = progress?.fsrs ?? createEmptyCard<Card>(now);
  return { ...card, [CARD_ID_FIELD]: cardId } as Card;
}

/** ts-fsrs copies the card; the id goes back out before it is stored. */
function unseeded(card: Card): Card {
  const copy: Card & { [CARD_ID_FIELD]?: string } = { ...card };
  delete copy[CARD_ID_FIELD];
  return copy;
}

const RATING: Record<GradeValue, Grade> = {
  1: Rating.Again,
  2: Rating.Hard,
  3: Rating.Good,
  4: Rating.Easy,
};

/** The progress of card `cardId` after grading it (undefined: never studied) at `now`. */
export function gradeCard(
  cardId: string,
  progress: CardProgress | undefined,
  grade: GradeValue,
  now: Date,
): CardProgress {
  const next = scheduler.next(seeded(cardId, progress, now), now, RATING[grade]);
  return { fsrs: unseeded(next.card), introduced: progress?.introduced ?? now };
}

/** When the card would next be due after each grade, for the grade buttons' labels. */
export function previewDue(
  cardId: string,
  progress: CardProgress | undefined,
  now: Date,
): Record<GradeValue, Date> {
  const preview = scheduler.repeat(seeded(cardId, progress, now), now);
  return {
    1: preview[Rating.Again].card.due,
    2: preview[Rating.Hard].card.due,
    3: preview[Rating.Good].card.due,
    4: preview[Rating.Easy].card.due,
  };
}

export function isLearning(progress: CardProgress): boolean {
  return progress.fsrs.state === State.Learning || progress.fsrs.state === State.Relearning;
}

/** "1 min", "10 min", "5 hours", "3 days", "2 months" (in the UI's language): how long until `due`. */
export function intervalLabel(now: Date, due: Date): string {
  return formatDuration((due.getTime() - now.getTime()) / 60_000);
}
