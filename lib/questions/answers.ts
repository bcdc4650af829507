/**
 * The background's side of the My questions messages (lib/messaging/protocol.ts): their parsers and
 * handlers. The background is the one place that writes the list: content scripts and the My
 * questions page send it changes as messages. (Each context has its own queue; one writer means
 * one queue.) The parsers live here rather than in lib/messaging/protocol.ts so that the content script,
 * which answers other messages, does not carry the code that checks a whole change.
 */
import { getEntry } from '../../data/index';
import { promptsLabel, suggestedQuestions } from '../../data/suggested-questions';
import type { Handlers, Parsers, Reply } from '../messaging/protocol';
import { parseQuestionOp, QuestionsError } from './ops';
import { getSavedTerm, loadQuestions, updateQuestions } from './store';
import { t } from '../i18n';
import { loadSettings } from '../settings';
import { errorMessage } from '../error-message';

export type QuestionsMessageType =
  'termlight:questions-change' | 'termlight:saved-term' | 'termlight:questions-load';

const MAX_ID_LENGTH = 100;

export const QUESTIONS_PARSERS: Parsers<QuestionsMessageType> = {
  'termlight:questions-change': (m) => {
    const change = parseQuestionOp(m.change);
    return change ? { type: 'termlight:questions-change', change } : null;
  },
  // Any card's id (an imported term's too, which is never saved): the answer is then null.
  'termlight:saved-term': (m) =>
    typeof m.termId === 'string' && m.termId.length <= MAX_ID_LENGTH
      ? { type: 'termlight:saved-term', termId: m.termId }
      : null,
  'termlight:questions-load': () => ({ type: 'termlight:questions-load' }),
};

export const QUESTIONS_HANDLERS: Handlers<QuestionsMessageType> = {
  'termlight:questions-change': ({ change }) => reply(() => updateQuestions(change)),
  'termlight:saved-term': ({ termId }) =>
    reply(async () => {
      const entry = getEntry(termId);
      // Worded for whom the reader asks (their setting); unreadable settings give the first person.
      const voice = await loadSettings().then(
        (s) => s.questionsFor,
        () => 'self' as const,
      );
      return {
        term: await getSavedTerm(termId),
        prompts: entry ? suggestedQuestions(entry.category, voice) : [],
        promptsLabel: promptsLabel(),
      };
    }),
  'termlight:questions-load': () => reply(loadQuestions),
};

/** Runs one request; errors become a refused reply with the reader's message, never a throw. */
async function reply<T extends object>(answer: () => Promise<T>): Promise<Reply<T>> {
  try {
    return { ok: true, ...(await answer()) };
  } catch (err) {
    const error =
      err instanceof QuestionsError
        ? err.message
        : t('questions_errorChange', {
            reason: errorMessage(err),
          });
    return { ok: false, error };
  }
}
