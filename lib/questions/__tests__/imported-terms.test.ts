/**
 * Terms of imported glossaries ("g3/zanubrutinib") in My questions. Decided: they can be saved
 * like built-in ones (the card offers "Save to my questions" for them), and the saved term keeps
 * its glossary's name, so the list still reads after the glossary is removed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { applyOp, parseQuestionOp } from '../ops';
import { parseTerms } from '../schema';
import { loadQuestions, updateQuestions } from '../store';

const REQUEST = {
  termId: 'g3/zanubrutinib',
  termName: 'Zanubrutinib',
  glossaryName: 'Course terms',
  pageTitle: 'A page',
  pageUrl: null,
  context: 'A sentence.',
  notes: [{ text: 'Is this for ALL?', suggested: false }],
};

beforeEach(() => fakeBrowser.reset());

describe('imported terms in My questions', () => {
  it('accepts the save message the card sends for an imported term', () => {
    expect(parseQuestionOp({ op: 'save', term: REQUEST })).toEqual({ op: 'save', term: REQUEST });
  });

  it('saves it with its glossary name and reads it back', async () => {
    await updateQuestions({ op: 'save', term: REQUEST }, new Date('2026-12-06T10:00:00Z'));
    const { list, dropped } = await loadQuestions();
    expect(dropped).toEqual([]);
    expect(list.terms[0]).toMatchObject({
      termId: 'g3/zanubrutinib',
      termName: 'Zanubrutinib',
      glossaryName: 'Course terms',
    });
  });

  it('lets every other change name an imported term', () => {
    for (const op of ['unsave', 'add-notes']) {
      const parsed = parseQuestionOp({ op, termId: 'g3/zanubrutinib', notes: [] });
      expect(parsed).toMatchObject({ termId: 'g3/zanubrutinib' });
    }
    const list = applyOp({ terms: [] }, { op: 'save', term: REQUEST });
    expect(applyOp(list, { op: 'unsave', termId: 'g3/zanubrutinib' }).terms).toEqual([]);
  });

  it.each(['g3/', '/x', 'x/y', 'g3/Bad Id', 'g3/x/y'])('still refuses the id %j', (termId) => {
    expect(parseQuestionOp({ op: 'unsave', termId })).toBeNull();
    expect(parseTerms([{ termId, termName: 'X' }]).list.terms).toEqual([]);
  });
});
