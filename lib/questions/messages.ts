/**
 * Requests to the background, the one place that writes the list: content scripts and the My questions page
 * send it changes as messages. (Each context has its own queue; one writer means one queue.)
 */
import { getEntry } from '../../data/index';
import { PROMPTS_LABEL, suggestedQuestions } from '../../data/suggested-questions';
import { parseQuestionOp, QuestionsError, type QuestionOp } from './ops';
import type { QuestionList, SavedTerm } from './schema';
import { getSavedTerm, loadQuestions, updateQuestions } from './store';

export type QuestionsRequest =
  | { type: 'termlight:questions-change'; change: QuestionOp }
  | { type: 'termlight:saved-term'; termId: string }
  | { type: 'termlight:questions-load' };

export type QuestionsReply =
  | { ok: true; list: QuestionList; dropped: string[] }
  /** The saved entry for a term (or null) and the prompts its card offers. */
  | { ok: true; term: SavedTerm | null; prompts: string[]; promptsLabel: string }
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
      case 'termlight:saved-term': {
        const entry = getEntry(request.termId);
        const prompts = entry ? suggestedQuestions(entry.category) : [];
        return {
          ok: true,
          term: await getSavedTerm(request.termId),
          prompts,
          promptsLabel: PROMPTS_LABEL,
        };
      }
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
