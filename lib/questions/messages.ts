/**
 * The background is the one place that writes the list: content scripts and the My questions page
 * send it changes as messages. (Each context has its own queue; one writer means one queue.)
 */
import { browser } from 'wxt/browser';
import { parseQuestionOp, QuestionsError, type QuestionOp } from './ops';
import type { QuestionList, SavedTerm } from './schema';
import { getSavedTerm, loadQuestions, updateQuestions } from './store';

export type QuestionsRequest =
  | { type: 'termlight:questions-change'; change: QuestionOp }
  | { type: 'termlight:saved-term'; termId: string }
  | { type: 'termlight:questions-load' };

export type QuestionsReply =
  | { ok: true; list: QuestionList; dropped: string[] }
  | { ok: true; term: SavedTerm | null }
  | { ok: false; error: string };

export function parseQuestionsRequest(message: unknown): QuestionsRequest | null {
  if (!message || typeof message !== 'object') return null;
  const m = message as Record<string, unknown>;
  if (m.type === 'termlight:questions-change') {
    const change = parseQuestionOp(m.change);
    return change ? { type: m.type, change } : null;
  }
  if (m.type === 'termlight:saved-term' && typeof m.termId === 'string' && m.termId.length <= 100) {
    return { type: m.type, termId: m.termId };
  }
  if (m.type === 'termlight:questions-load') return { type: m.type };
  return null;
}

/** The background's answer to one request; errors become a reply with the reader's message. */
export async function answerQuestionsRequest(request: QuestionsRequest): Promise<QuestionsReply> {
  try {
    switch (request.type) {
      case 'termlight:questions-change':
        return { ok: true, ...(await updateQuestions(request.change)) };
      case 'termlight:saved-term':
        return { ok: true, term: await getSavedTerm(request.termId) };
      case 'termlight:questions-load':
        return { ok: true, ...(await loadQuestions()) };
    }
  } catch (err) {
    const error =
      err instanceof QuestionsError
        ? err.message
        : `Termlight could not change your questions: ${err instanceof Error ? err.message : String(err)}`;
    return { ok: false, error };
  }
}

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
export async function fetchSavedTerm(termId: string): Promise<SavedTerm | null> {
  const reply = await ask({ type: 'termlight:saved-term', termId });
  return 'term' in reply ? reply.term : null;
}
