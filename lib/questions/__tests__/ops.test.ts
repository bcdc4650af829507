import { describe, expect, it } from 'vitest';
import { applyOp, parseQuestionOp, QuestionsError } from '../ops';
import { MAX_NOTES_PER_TERM, type QuestionList } from '../schema';
import { SAMPLE, savedTerm } from './fixtures';

const notesOf = (list: QuestionList, termId = 'imatinib') =>
  list.terms.find((t) => t.termId === termId)!.notes.map((n) => n.id);

describe('applyOp', () => {
  it('never changes the list it is given', () => {
    const before = JSON.stringify(SAMPLE);
    applyOp(SAMPLE, { op: 'move-note', termId: 'imatinib', noteId: 'n1', by: 1 });
    applyOp(SAMPLE, { op: 'delete-note', termId: 'imatinib', noteId: 'n1' });
    expect(JSON.stringify(SAMPLE)).toBe(before);
  });

  it('moves a note up and down, and not past either end', () => {
    expect(
      notesOf(applyOp(SAMPLE, { op: 'move-note', termId: 'imatinib', noteId: 'n1', by: 1 })),
    ).toEqual(['n2', 'n1', 'n3']);
    expect(
      notesOf(applyOp(SAMPLE, { op: 'move-note', termId: 'imatinib', noteId: 'n1', by: -1 })),
    ).toEqual(['n1', 'n2', 'n3']);
  });

  it('edits, marks asked, deletes and restores a note at its old place', () => {
    let list = applyOp(SAMPLE, {
      op: 'edit-note',
      termId: 'imatinib',
      noteId: 'n1',
      text: '  New ',
    });
    list = applyOp(list, { op: 'set-asked', termId: 'imatinib', noteId: 'n1', asked: true });
    expect(list.terms[0]!.notes[0]).toMatchObject({ id: 'n1', text: 'New', asked: true });
    const removed = list.terms[0]!.notes[1]!;
    list = applyOp(list, { op: 'delete-note', termId: 'imatinib', noteId: 'n2' });
    expect(notesOf(list)).toEqual(['n1', 'n3']);
    list = applyOp(list, { op: 'restore-note', termId: 'imatinib', note: removed, index: 1 });
    expect(notesOf(list)).toEqual(['n1', 'n2', 'n3']);
  });

  it('refuses an empty note', () => {
    expect(() =>
      applyOp(SAMPLE, { op: 'edit-note', termId: 'imatinib', noteId: 'n1', text: '   ' }),
    ).toThrow(QuestionsError);
  });

  it('unsaves a term and puts it back where it was (undo)', () => {
    const term = SAMPLE.terms[0]!;
    const without = applyOp(SAMPLE, { op: 'unsave', termId: 'imatinib' });
    expect(without.terms.map((t) => t.termId)).toEqual(['blinatumomab']);
    const back = applyOp(without, { op: 'restore-term', term, index: 0 });
    expect(back).toEqual(SAMPLE);
  });

  it('adds a picked prompt once, marked as suggested', () => {
    const prompt = { text: 'How will we know it is working?', suggested: true };
    const list = applyOp(SAMPLE, {
      op: 'add-notes',
      termId: 'blinatumomab',
      notes: [prompt, prompt],
    });
    expect(list.terms[1]!.notes).toEqual([
      { id: expect.any(String), text: prompt.text, asked: false, suggested: true },
    ]);
  });

  it(`refuses note ${MAX_NOTES_PER_TERM + 1} of a term with a clear message`, () => {
    const notes = Array.from({ length: MAX_NOTES_PER_TERM }, (_, i) => ({
      text: `Q${i}`,
      suggested: false,
    }));
    const full = applyOp(
      { terms: [] },
      {
        op: 'save',
        term: {
          termId: 'imatinib',
          termName: 'Imatinib',
          pageTitle: '',
          pageUrl: null,
          context: '',
          notes,
        },
      },
    );
    expect(() =>
      applyOp(full, {
        op: 'add-notes',
        termId: 'imatinib',
        notes: [{ text: 'One more', suggested: false }],
      }),
    ).toThrow(/Imatinib has 50 notes/);
  });

  it('adds a restored file to the list: the same term joined, the same question kept once', () => {
    const fromFile = {
      terms: [
        savedTerm('imatinib', {
          termName: 'Imatinib',
          notes: [
            // The same question, spaced and cased differently, asked on the other computer.
            { id: 'x1', text: 'ask:  can I take it with FOOD?', asked: true, suggested: false },
            {
              id: 'x2',
              text: 'Does it interact with my other pills?',
              asked: false,
              suggested: false,
            },
          ],
        }),
        savedTerm('dasatinib', {
          notes: [{ id: 'x3', text: 'Why this one?', asked: false, suggested: false }],
        }),
      ],
    };
    const list = applyOp(SAMPLE, { op: 'merge', list: fromFile });
    expect(list.terms.map((t) => t.termId)).toEqual(['imatinib', 'blinatumomab', 'dasatinib']);
    const imatinib = list.terms[0]!;
    expect(imatinib.notes.map((n) => [n.text, n.asked])).toEqual([
      ['Ask: can I take it with food?', true],
      ['How will we know it is working?', true],
      [SAMPLE.terms[0]!.notes[2]!.text, false],
      ['Does it interact with my other pills?', false],
    ]);
    expect(new Set(imatinib.notes.map((n) => n.id)).size).toBe(4);
    expect(list.terms[2]!.notes.map((n) => n.text)).toEqual(['Why this one?']);
    // Merging the same file again changes nothing.
    expect(applyOp(list, { op: 'merge', list: fromFile }).terms.map((t) => t.notes.length)).toEqual(
      [4, 0, 1],
    );
    expect(parseQuestionOp({ op: 'merge', list: fromFile })).toEqual({
      op: 'merge',
      list: fromFile,
    });
  });

  it('replaces the whole list on import, checked like stored data', () => {
    const list = applyOp(SAMPLE, { op: 'replace', list: { terms: [SAMPLE.terms[1]!] } });
    expect(list.terms.map((t) => t.termId)).toEqual(['blinatumomab']);
  });
});

describe('parseQuestionOp', () => {
  it('accepts a save and keeps only its known fields', () => {
    const op = parseQuestionOp({
      op: 'save',
      term: {
        termId: 'imatinib',
        termName: 'Imatinib',
        pageTitle: 't',
        pageUrl: null,
        context: 'c',
        notes: [{ text: 'q', suggested: 1, extra: true }],
        evil: true,
      },
    });
    expect(op).toEqual({
      op: 'save',
      term: {
        termId: 'imatinib',
        termName: 'Imatinib',
        pageTitle: 't',
        pageUrl: null,
        context: 'c',
        notes: [{ text: 'q', suggested: false }],
      },
    });
  });

  it.each([
    { op: 'save', term: { termId: 'Imatinib!' } },
    {
      op: 'save',
      term: {
        termId: 'imatinib',
        termName: 'x',
        pageTitle: 't',
        context: 'c',
        pageUrl: 5,
        notes: [],
      },
    },
    { op: 'add-notes', termId: 'imatinib', notes: 'q' },
    { op: 'set-asked', termId: 'imatinib', noteId: 'n1', asked: 'yes' },
    { op: 'restore-note', termId: 'imatinib', index: 0, note: { id: '', text: 'x' } },
    { op: 'replace', list: [] },
    null,
  ])('refuses %j', (raw) => {
    expect(parseQuestionOp(raw)).toBeNull();
  });
});
