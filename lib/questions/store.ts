import { QUESTIONS_DECODING } from './migrate';
import { applyOp, QuestionsError, type QuestionOp } from './ops';
import type { QuestionList, SavedTerm } from './schema';
import { defineItem, type ItemFailure } from '../storage/item';
import { t } from '../i18n';
import { errorMessage } from '../error-message';

/**
 * One item in storage.local holding { version, terms } (lib/storage/item.ts). storage.local, not
 * sync: notes are private and may outgrow sync's 8 kB per item.
 */
export const QUESTIONS_KEY = 'questions';
/** Where a damaged or newer stored value is kept before the first write that would replace it. */
export const QUESTIONS_BACKUP_KEY = 'questions-backup';

export interface LoadedQuestions {
  list: QuestionList;
  /** What could not be read from storage and is not in list (empty when all is well). */
  dropped: string[];
}

const questionsItem = defineItem<QuestionList>({
  ...QUESTIONS_DECODING,
  area: 'local',
  key: QUESTIONS_KEY,
  encode: (list) => ({ ...list }),
  backupKey: QUESTIONS_BACKUP_KEY,
  error: questionsError,
});

const loaded = ({ value, problems }: { value: QuestionList; problems: string[] }) => ({
  list: value,
  dropped: problems,
});

/** The saved list. Never writes, so a damaged value is not lost by reading it. */
export async function loadQuestions(): Promise<LoadedQuestions> {
  return loaded(await questionsItem.read());
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
 * saving at once are two turns of this queue and neither is lost. Before replacing a damaged or
 * newer value the item keeps it aside once (QUESTIONS_BACKUP_KEY), never wiping it.
 */
export async function updateQuestions(
  change: QuestionOp,
  now = new Date(),
): Promise<LoadedQuestions> {
  return loaded(await questionsItem.update(({ value }) => applyOp(value, change, now)));
}

/** Calls cb with the whole list after every change from any context. Returns the unsubscribe. */
export function watchQuestions(cb: (loaded: LoadedQuestions) => void): () => void {
  return questionsItem.watch((decoded) => cb(loaded(decoded)));
}

function questionsError(failure: ItemFailure): QuestionsError {
  if (failure.action === 'quota') {
    return new QuestionsError(t('questions_errorNoRoom'), { cause: failure.cause });
  }
  if (failure.action === 'too-large') return new QuestionsError(t('questions_errorNoRoom'));
  const { cause } = failure;
  const reason = errorMessage(cause);
  const message =
    failure.action === 'read'
      ? t('questions_errorRead', { reason })
      : t('questions_errorSave', { reason });
  return new QuestionsError(message, { cause });
}
