/**
 * Study progress in storage.local: one item, { version, newPerDay, cards: { [cardId]: card } }.
 * storage.local (not sync): progress grows with every card and stays on this device.
 *
 * Reading checks each card on its own: a broken card is dropped with a message naming it, and the
 * rest of the history is kept. A damaged value, or one saved by a newer Termlight, is kept aside
 * under STUDY_PROGRESS_BACKUP_KEY before the first save replaces it (lib/storage/item.ts).
 */
import { State, type Card } from 'ts-fsrs';
import { isPlainObject as isObject } from '../../data/plain-object';
import type { CardProgress } from './scheduler';
import { DEFAULT_NEW_PER_DAY, type ProgressMap } from './session';
import { defineItem, type Fields } from '../storage/item';
import { t } from '../i18n';

export const STUDY_PROGRESS_KEY = 'studyProgress';
export const STUDY_PROGRESS_BACKUP_KEY = 'studyProgressUnreadable';
const STUDY_PROGRESS_VERSION = 1;
const MAX_NEW_PER_DAY = 999;

/** One card as stored: dates as milliseconds since 1970 (UTC). */
export interface StoredCard {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: State;
  lastReview: number | null;
  introduced: number;
}

export interface LoadedProgress {
  cards: Map<string, CardProgress>;
  newPerDay: number;
  /** What was wrong with the stored value, one plain sentence each; empty when all was well. */
  problems: string[];
}

class StudyProgressError extends Error {
  override name = 'StudyProgressError';
}

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isTime = (v: unknown): v is number => isNumber(v) && !Number.isNaN(new Date(v).getTime());
const STATES: readonly unknown[] = [State.New, State.Learning, State.Review, State.Relearning];

/** The card's progress, or the reason it cannot be used. */
function decodeCard(value: unknown): CardProgress | string {
  if (!isObject(value)) return t('study_brokenCardNotRecord');
  const v = value;
  if (!isTime(v.due)) return t('study_brokenCardDue');
  if (!isTime(v.introduced)) return t('study_brokenCardIntroduced');
  if (v.lastReview !== null && !isTime(v.lastReview)) return t('study_brokenCardLastReview');
  if (!isNumber(v.stability) || v.stability < 0) return t('study_brokenCardStability');
  if (!isNumber(v.difficulty) || v.difficulty < 0) return t('study_brokenCardDifficulty');
  for (const key of ['elapsedDays', 'scheduledDays', 'learningSteps', 'reps', 'lapses']) {
    if (!isCount(v[key])) return t('study_brokenCardCount', { field: key });
  }
  if (!STATES.includes(v.state)) return t('study_brokenCardState');
  const fsrs: Card = {
    due: new Date(v.due),
    stability: v.stability,
    difficulty: v.difficulty,
    elapsed_days: v.elapsedDays as number,
    scheduled_days: v.scheduledDays as number,
    learning_steps: v.learningSteps as number,
    reps: v.reps as number,
    lapses: v.lapses as number,
    state: v.state as State,
    ...(v.lastReview === null ? {} : { last_review: new Date(v.lastReview) }),
  };
  return { fsrs, introduced: new Date(v.introduced) };
}

export function encodeCard({ fsrs, introduced }: CardProgress): StoredCard {
  return {
    due: fsrs.due.getTime(),
    stability: fsrs.stability,
    difficulty: fsrs.difficulty,
    elapsedDays: fsrs.elapsed_days,
    scheduledDays: fsrs.scheduled_days,
    learningSteps: fsrs.learning_steps,
    reps: fsrs.reps,
    lapses: fsrs.lapses,
    state: fsrs.state,
    lastReview: fsrs.last_review ? fsrs.last_review.getTime() : null,
    introduced: introduced.getTime(),
  };
}

interface Progress {
  cards: Map<string, CardProgress>;
  newPerDay: number;
}

/** The fields of the current version -> progress, dropping only what is broken. */
function parseProgress(fields: Fields | undefined): { value: Progress; problems: string[] } {
  const value: Progress = { cards: new Map(), newPerDay: DEFAULT_NEW_PER_DAY };
  const problems: string[] = [];
  if (fields === undefined) return { value, problems };
  const { newPerDay, cards } = fields;
  if (isCount(newPerDay) && newPerDay <= MAX_NEW_PER_DAY) value.newPerDay = newPerDay;
  else if (newPerDay !== undefined) {
    problems.push(t('study_progressNewPerDayReset', { number: DEFAULT_NEW_PER_DAY }));
  }
  if (!isObject(cards)) {
    if (cards !== undefined) problems.push(t('study_progressUnreadable'));
    return { value, problems };
  }
  for (const [id, stored] of Object.entries(cards)) {
    const card = decodeCard(stored);
    if (typeof card === 'string') {
      problems.push(t('study_progressCardBroken', { card: id, problem: card }));
    } else {
      value.cards.set(id, card);
    }
  }
  return { value, problems };
}

const progressItem = defineItem<Progress>({
  area: 'local',
  key: STUDY_PROGRESS_KEY,
  version: STUDY_PROGRESS_VERSION,
  parse: parseProgress,
  encode: ({ cards, newPerDay }) => ({ newPerDay, cards: encodeCards(cards) }),
  describe: (problem) =>
    problem.kind === 'newer' ? t('study_progressNewer') : t('study_progressUnreadable'),
  backupKey: STUDY_PROGRESS_BACKUP_KEY,
  error: (failure) =>
    failure.action === 'too-large'
      ? new StudyProgressError(String(failure.bytes))
      : new StudyProgressError(
          failure.cause instanceof Error ? failure.cause.message : String(failure.cause),
          { cause: failure.cause },
        ),
});

const loaded = (decoded: { value: Progress; problems: string[] }): LoadedProgress => ({
  ...decoded.value,
  problems: decoded.problems,
});

/** Reads a stored value (anything at all) into progress; never throws. */
export function decodeProgress(raw: unknown): LoadedProgress {
  return loaded(progressItem.decode(raw));
}

function encodeCards(cards: ProgressMap): Record<string, StoredCard> {
  const stored: Record<string, StoredCard> = {};
  for (const [id, progress] of cards) stored[id] = encodeCard(progress);
  return stored;
}

export async function loadProgress(): Promise<LoadedProgress> {
  return loaded(await progressItem.read());
}

/**
 * Applies `change` to the stored progress and returns the progress as saved. Writes from this page
 * run one at a time, each on a fresh read, so a second study tab's cards are kept (only the same
 * card graded in two tabs at once can lose one grade).
 */
async function update(
  change: (cards: Map<string, CardProgress>) => number | void,
): Promise<LoadedProgress> {
  const saved = await progressItem.update(({ value }) => {
    const newPerDay = change(value.cards) ?? value.newPerDay;
    return { cards: value.cards, newPerDay };
  });
  return loaded(saved);
}

/** Saves one card's new progress. */
export function saveCardProgress(cardId: string, progress: CardProgress): Promise<LoadedProgress> {
  return update((cards) => {
    cards.set(cardId, progress);
  });
}

/** Forgets the progress of these cards (a deck's reset); other decks keep theirs. */
export function resetCardProgress(cardIds: readonly string[]): Promise<LoadedProgress> {
  return update((cards) => {
    for (const id of cardIds) cards.delete(id);
  });
}

/** Sets how many new cards a deck may start each day. */
export function saveNewPerDay(newPerDay: number): Promise<LoadedProgress> {
  if (!isCount(newPerDay) || newPerDay > MAX_NEW_PER_DAY) {
    return Promise.reject(
      new StudyProgressError(t('study_newPerDayInvalid', { max: MAX_NEW_PER_DAY })),
    );
  }
  return update(() => newPerDay);
}
