import type { QuestionOp } from '../ops';
import type { QuestionList, QuestionNote, SavedTerm } from '../schema';

export function savedTerm(termId: string, extra: Partial<SavedTerm> = {}): SavedTerm {
  return {
    termId,
    termName: termId.replace(/-/g, ' '),
    savedAt: '2026-11-30T10:00:00.000Z',
    pageTitle: 'Targeted Therapy for ALL',
    pageUrl: 'https://www.cancer.org/all/targeted-therapy.html',
    context: `Some people get ${termId} as part of treatment.`,
    notes: [],
    ...extra,
  };
}

/** Two terms, one with three notes (one asked, one picked from the prompts). */
export const SAMPLE: QuestionList = {
  terms: [
    savedTerm('imatinib', {
      termName: 'Imatinib',
      notes: [
        { id: 'n1', text: 'Ask: can I take it with food?', asked: false, suggested: false },
        { id: 'n2', text: 'How will we know it is working?', asked: true, suggested: true },
        {
          id: 'n3',
          text: 'Rash on arms, "itchy", since Monday =1+1\nsecond line',
          asked: false,
          suggested: false,
        },
      ],
    }),
    savedTerm('blinatumomab', { termName: 'Blinatumomab', pageUrl: null, context: '' }),
  ],
};

/** A note as stored: typed by the reader (not a suggestion), not asked yet unless `asked`. */
export function savedNote(id: string, text: string, asked = false): QuestionNote {
  return { id, text, asked, suggested: false };
}

/** Saving "Remission" from a page with no notes, as the card's Save button asks it. */
export const SAVE_REMISSION: QuestionOp = {
  op: 'save',
  term: {
    termId: 'remission',
    termName: 'Remission',
    pageTitle: 'A page',
    pageUrl: null,
    context: 'He is in remission.',
    notes: [],
  },
};
