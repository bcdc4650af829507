import type { Browser } from 'webextension-polyfill';
import { savedTerm as storedTerm } from '../../../lib/questions/__tests__/fixtures';
import type { QuestionNote, SavedTerm } from '../../../lib/questions/schema';
import type { ExtensionSession } from './browser';

/** A saved term as My questions stores it; the page it came from unless `page` says otherwise. */
export function savedTerm(
  termId: string,
  termName: string,
  notes: QuestionNote[],
  page: Partial<Pick<SavedTerm, 'savedAt' | 'pageTitle' | 'pageUrl' | 'context'>> = {},
): SavedTerm {
  return storedTerm(termId, {
    termName,
    pageTitle: 'A page',
    pageUrl: null,
    context: '',
    notes,
    ...page,
  });
}

/** Stores `terms` as the reader's My questions (replacing what was there), as the worker would. */
export async function storeQuestions(session: ExtensionSession, terms: SavedTerm[]): Promise<void> {
  await session.worker.evaluate(
    async (list) => {
      const api = (globalThis as unknown as { chrome: Browser }).chrome;
      await api.storage.local.set({ questions: list });
    },
    { version: 1, terms },
  );
}
