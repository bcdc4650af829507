/**
 * What content scripts and extension pages call: every change goes to the background as a
 * message (see messages.ts), so this file stays small enough for the content script.
 */
import { browser } from 'wxt/browser';
import { QuestionsError, type QuestionOp } from './ops';
import type { QuestionsReply, QuestionsRequest } from './messages';
import type { QuestionList, SavedTerm } from './schema';

async function ask(request: QuestionsRequest): Promise<QuestionsReply> {
  const reply = (await browser.runtime.sendMessage(request)) as QuestionsReply | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new QuestionsError('Termlight did not answer. Reload the page and try again.');
  }
  if (!reply.ok) throw new QuestionsError(reply.error);
  return reply;
}

/** From any context: applies a change in the background; resolves with the saved list. */
export async function changeQuestions(
  change: QuestionOp,
): Promise<{ list: QuestionList; dropped: string[] }> {
  const reply = await ask({ type: 'termlight:questions-change', change });
  if (!('list' in reply)) throw new QuestionsError('Termlight gave an answer it did not expect.');
  return reply;
}

/** From any context: the saved entry for one term, or null. */
export async function fetchSavedTerm(termId: string): Promise<{
  term: SavedTerm | null;
  prompts: string[];
  promptsLabel: string;
}> {
  const reply = await ask({ type: 'termlight:saved-term', termId });
  if (!('term' in reply)) throw new QuestionsError('Termlight gave an answer it did not expect.');
  return reply;
}

/** From any context: the list as the background reads it. */
export async function fetchQuestions(): Promise<{ list: QuestionList; dropped: string[] }> {
  const reply = await ask({ type: 'termlight:questions-load' });
  if (!('list' in reply)) throw new QuestionsError('Termlight gave an answer it did not expect.');
  return reply;
}
