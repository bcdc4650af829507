/**
 * Study progress in storage.local: one item, { version, newPerDay, cards: { [cardId]: card } }.
 * storage.local (not sync): progress grows with every card and stays on this device.
 *
 * Reading checks each card on its own: a broken card is dropped with a message naming it, and the
 * rest of the history is kept. A value that is not progress at all is kept aside under
 * STUDY_PROGRESS_BACKUP_KEY before anything overwrites it.
 */
import { browser } from 'wxt/browser';
import { State, type Card } from 'ts-fsrs';
import type { CardProgress } from './scheduler';
import { DEFAULT_NEW_PER_DAY, type ProgressMap } from './session';
import { createSerialQueue } from '../storage/serial-queue';
import { t } from '../i18n';

export const STUDY_PROGRESS_KEY = 'studyProgress';
export const STUDY_PROGRESS_BACKUP_KEY = 'studyProgressUnreadable';
export const STUDY_PROGRESS_VERSION = 1;
export const MAX_NEW_PER_DAY = 999;

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

export interface StoredProgress {
  version: typeof STUDY_PROGRESS_VERSION;
  newPerDay: number;
  cards: Record<string, StoredCard>;
}

export interface LoadedProgress {
  cards: Map<string, CardProgress>;
  newPerDay: number;
  /** What was wrong with the stored value, one plain sentence each; empty when all was well. */
  problems: string[];
  /** Saved by a newer Termlight: readable here, but saving would lose what this one cannot read. */
  readOnly: boolean;
  /** The stored value was not progress at all (it is backed up before the next save). */
  unreadable: boolean;
}

export class StudyProgressError extends Error {
  override name = 'StudyProgressError';
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isTime = (v: unknown): v is number => isNumber(v) && !Number.isNaN(new Date(v).getTime());
const STATES: readonly unknown[] = [State.New, State.Learning, State.Review, State.Relearning];

/** The card's progress, or the reason it cannot be used. */
export function decodeCard(value: unknown): CardProgress | string {
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

/** Reads a stored value (anything at all) into progress; never throws. */
export function decodeProgress(raw: unknown): LoadedProgress {
  const loaded: LoadedProgress = {
    cards: new Map(),
    newPerDay: DEFAULT_NEW_PER_DAY,
    problems: [],
    readOnly: false,
    unreadable: false,
  };
  if (raw === undefined || raw === null) return loaded;
  if (!isObject(raw) || !isObject(raw.cards) || !isCount(raw.version)) {
    loaded.unreadable = true;
    loaded.problems.push(t('study_progressUnreadable'));
    return loaded;
  }
  if (raw.version > STUDY_PROGRESS_VERSION) {
    loaded.readOnly = true;
    loaded.problems.push(t('study_progressNewer'));
  }
  if (isCount(raw.newPerDay) && raw.newPerDay <= MAX_NEW_PER_DAY) loaded.newPerDay = raw.newPerDay;
  else if (raw.newPerDay !== undefined) {
    loaded.problems.push(t('study_progressNewPerDayReset', { number: DEFAULT_NEW_PER_DAY }));
  }
  for (const [id, value] of Object.entries(raw.cards)) {
    const card = decodeCard(value);
    if (typeof card === 'string') {
      loaded.problems.push(t('study_progressCardBroken', { card: id, problem: card }));
    } else {
      loaded.cards.set(id, card);
    }
  }
  return loaded;
}

export function encodeProgress(cards: ProgressMap, newPerDay: number): StoredProgress {
  const stored: Record<string, StoredCard> = {};
  for (const [id, progress] of cards) stored[id] = encodeCard(progress);
  return { version: STUDY_PROGRESS_VERSION, newPerDay, cards: stored };
}

async function readRaw(): Promise<unknown> {
  return (await browser.storage.local.get(STUDY_PROGRESS_KEY))[STUDY_PROGRESS_KEY];
}

export async function loadProgress(): Promise<LoadedProgress> {
  return decodeProgress(await readRaw());
}

// Writes from this page run one at a time, each on a fresh read, so a second study tab's cards
// are kept (only the same card graded in two tabs at once can lose one grade).
const serialized = createSerialQueue();

/** Applies `change` to the stored progress and returns the progress as saved. */
function update(
  change: (cards: Map<string, CardProgress>) => number | void,
): Promise<LoadedProgress> {
  return serialized(async () => {
    const raw = await readRaw();
    const current = decodeProgress(raw);
    if (current.readOnly) {
      throw new StudyProgressError(current.problems[0]);
    }
    if (current.unreadable) {
      await browser.storage.local.set({ [STUDY_PROGRESS_BACKUP_KEY]: raw });
    }
    const newPerDay = change(current.cards) ?? current.newPerDay;
    await browser.storage.local.set({
      [STUDY_PROGRESS_KEY]: encodeProgress(current.cards, newPerDay),
    });
    return { ...current, newPerDay, problems: [], unreadable: false };
  });
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
