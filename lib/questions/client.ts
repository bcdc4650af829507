/**
 * What content scripts and extension pages call: every change goes to the background as a
 * message of lib/messaging/protocol.ts (answered in answers.ts), so this file stays small enough for the
 * card UI. Answers are checked here: the background may be an older or newer Termlight.
 */
import type { MessageMap, MessageType, SavedTermAnswer } from '../messaging/protocol';
import { sendToBackground } from '../messaging/channel';
import { QuestionsError, type QuestionOp } from './ops';
import type { LoadedQuestions } from './store';
import { t } from '../i18n';

async function ask<K extends MessageType>(
  type: K,
  request: MessageMap[K]['request'],
  expected: string,
): Promise<unknown> {
  const reply: unknown = await sendToBackground(type, request);
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new QuestionsError(t('questions_errorNoAnswer'));
  }
  if (reply.ok !== true) {
    const error = 'error' in reply && typeof reply.error === 'string' ? reply.error : '';
    throw new QuestionsError(error || t('questions_errorChangeFailed'));
  }
  if (!(expected in reply)) throw new QuestionsError(t('questions_errorUnexpectedAnswer'));
  return reply;
}

/** From any context: applies a change in the background; resolves with the saved list. */
export async function changeQuestions(change: QuestionOp): Promise<LoadedQuestions> {
  return (await ask('termlight:questions-change', { change }, 'list')) as LoadedQuestions;
}

/** From any context: the saved entry for one term, or null. */
export async function fetchSavedTerm(termId: string): Promise<SavedTermAnswer> {
  return (await ask('termlight:saved-term', { termId }, 'term')) as SavedTermAnswer;
}

/** From any context: the list as the background reads it. */
export async function fetchQuestions(): Promise<LoadedQuestions> {
  return (await ask('termlight:questions-load', {}, 'list')) as LoadedQuestions;
}
