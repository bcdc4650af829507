import { browser } from 'wxt/browser';
import { decodeQuestions, QUESTIONS_VERSION } from './migrate';
import { applyOp, QuestionsError, type QuestionOp } from './ops';
import type { QuestionList, SavedTerm } from './schema';
import { createSerialQueue } from '../storage/serial-queue';
import { watchStorageKey } from '../storage/watch-key';
import { t } from '../i18n';

/**
 * One item in storage.local holding { version, terms }. Same pattern as lib/settings/store.ts
 * rather than @wxt-dev/storage's defineItem: that package is not a dependency, the few calls
 * below are all we need, and our own decode step must keep what it can read from a damaged value
 * (defineItem's migrations run on the whole value and have no place to report what was dropped).
 * storage.local, not sync: notes are private and may outgrow sync's 8 kB per item.
 */
export const QUESTIONS_KEY = 'questions';
/** Where a damaged or newer stored value is kept before the first write that would replace it. */
export const QUESTIONS_BACKUP_KEY = 'questions-backup';

export interface LoadedQuestions {
  list: QuestionList;
  /** What could not be read from storage and is not in list (empty when all is well). */
  dropped: string[];
}

/** The saved list. Never writes, so a damaged value is not lost by reading it. */
export async function loadQuestions(): Promise<LoadedQuestions> {
  const { list, dropped } = decodeQuestions(await readRaw());
  return { list, dropped };
}

/** The ids of the saved terms in the reader's order; for other features (study mode's deck). */
export async function listSavedTermIds(): Promise<string[]> {
  return (await loadQuestions()).list.terms.map((t) => t.termId);
}

/** One saved term, or null. */
export async function getSavedTerm(termId: string): Promise<SavedTerm | null> {
  return (await loadQuestions()).list.terms.find((t) => t.termId === termId) ?? null;
}

/**
 * Applies one change and returns the list as saved. Changes from this context run one at a time;
 * every context sends its changes to the background (see lib/questions/answers.ts), so two tabs
 * saving at once are two turns of this queue and neither is lost.
 */
export function updateQuestions(change: QuestionOp, now = new Date()): Promise<LoadedQuestions> {
  return serialized(async () => {
    const raw = await readRaw();
    const current = decodeQuestions(raw);
    const list = applyOp(current.list, change, now);
    // Writing would replace what could not be read: keep the old value aside once, never wipe it.
    if (current.dropped.length > 0 || current.newer) await keepBackup(raw);
    await write(list);
    return { list, dropped: [] };
  });
}

/** Calls cb with the whole list after every change from any context. Returns the unsubscribe. */
export function watchQuestions(cb: (loaded: LoadedQuestions) => void): () => void {
  return watchStorageKey('local', QUESTIONS_KEY, (value) => {
    const { list, dropped } = decodeQuestions(value);
    cb({ list, dropped });
  });
}

const serialized = createSerialQueue();

async function readRaw(): Promise<unknown> {
  try {
    return (await browser.storage.local.get(QUESTIONS_KEY))[QUESTIONS_KEY];
  } catch (err) {
    throw storageError('read', err);
  }
}

async function keepBackup(raw: unknown): Promise<void> {
  try {
    const existing = (await browser.storage.local.get(QUESTIONS_BACKUP_KEY))[QUESTIONS_BACKUP_KEY];
    if (existing === undefined) {
      await browser.storage.local.set({
        [QUESTIONS_BACKUP_KEY]: { savedAt: new Date().toISOString(), value: raw },
      });
    }
  } catch (err) {
    throw storageError('save', err);
  }
}

async function write(list: QuestionList): Promise<void> {
  try {
    await browser.storage.local.set({ [QUESTIONS_KEY]: { version: QUESTIONS_VERSION, ...list } });
  } catch (err) {
    throw storageError('save', err);
  }
}

/** Chrome says "QUOTA_BYTES quota exceeded"; Firefox and others name the quota or say "full". */
export function isQuotaError(err: unknown): boolean {
  const text = err instanceof Error ? `${err.name} ${err.message}` : String(err);
  return /quota|storage.*full|no space/i.test(text);
}

function storageError(action: 'read' | 'save', cause: unknown): QuestionsError {
  if (action === 'save' && isQuotaError(cause)) {
    return new QuestionsError(t('questions_errorNoRoom'), { cause });
  }
  const reason = cause instanceof Error ? cause.message : String(cause);
  const message =
    action === 'read' ? t('questions_errorRead', { reason }) : t('questions_errorSave', { reason });
  return new QuestionsError(message, { cause });
}
