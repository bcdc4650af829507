import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, toCsv, toMarkdown, toPlainText } from '../export';
import { describeImportError, parseImport } from '../import';
import type { QuestionList } from '../schema';
import { SAMPLE } from './fixtures';

/** Note ids are made fresh on import; everything else must survive the round trip. */
function withoutNoteIds(list: QuestionList) {
  return list.terms.map((t) => ({ ...t, notes: t.notes.map(({ id: _id, ...n }) => n) }));
}

const HEADER = CSV_COLUMNS.join(',');

describe('export', () => {
  it('copies as plain text with boxes for asked and open questions', () => {
    const text = toPlainText(SAMPLE);
    expect(text).toContain('Imatinib\n  Saved from: Targeted Therapy for ALL — https://');
    expect(text).toContain('  [ ] Ask: can I take it with food?');
    expect(text).toContain('  [x] How will we know it is working?');
  });

  it('writes Markdown with task boxes, escaping what the reader typed', () => {
    const md = toMarkdown(SAMPLE);
    expect(md).toContain('## Imatinib');
    expect(md).toContain('- [x] How will we know it is working? _(suggested)_');
    expect(md).toContain('- [ ] Rash on arms, "itchy", since Monday =1+1  \n  second line');
    expect(md).toContain('Your list stays on your device.');
  });

  it('guards cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-5')).toBe(`'-5`);
    expect(csvCell('plain')).toBe('plain');
  });
});

describe('import', () => {
  it('reads back its own CSV export: the same list', () => {
    const result = parseImport(toCsv(SAMPLE));
    expect(result.ok).toBe(true);
    if (result.ok) expect(withoutNoteIds(result.list)).toEqual(withoutNoteIds(SAMPLE));
  });

  it('keeps a formula-looking question as typed after the round trip', () => {
    const list: QuestionList = {
      terms: [
        {
          ...SAMPLE.terms[1]!,
          notes: [{ id: 'a', text: '=SUM(A1)', asked: false, suggested: false }],
        },
      ],
    };
    const result = parseImport(toCsv(list));
    expect(result.ok && result.list.terms[0]!.notes[0]!.text).toBe('=SUM(A1)');
  });

  it.each<[string, string, string]>([
    ['not our file', 'name,email\nA,a@b.c\n', 'Line 1: this is not a Termlight questions file'],
    ['an empty file', '', 'Line 1: this is not a Termlight questions file'],
    ['a short row', `${HEADER}\nimatinib,Imatinib,,,\n`, 'Line 2: expected 9 fields, found 5'],
    [
      'a bad term id on line 3',
      `${HEADER}\nimatinib,Imatinib,,,,,,no,no\nBAD ID,X,,,,,,no,no\n`,
      'Line 3: "BAD ID" is not a term id',
    ],
    [
      'a bad date',
      `${HEADER}\nimatinib,Imatinib,last week,,,,,no,no\n`,
      'Line 2: "last week" is not a date',
    ],
    [
      'a hostile address',
      `${HEADER}\nimatinib,Imatinib,,,javascript:alert(1),,,no,no\n`,
      'Line 2: the page address is not a web address',
    ],
    [
      'a bad flag',
      `${HEADER}\nimatinib,Imatinib,,,,,Q,maybe,no\n`,
      'Line 2: asked should be yes or no, not "maybe"',
    ],
    [
      'an unclosed quote after a multi-line cell',
      `${HEADER}\nimatinib,Imatinib,,,,,"two\nlines",no,no\nimatinib,Imatinib,,,,,"open,no,no\n`,
      'Line 4: a quoted field is never closed',
    ],
  ])('refuses %s, naming the line', (_name, text, message) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(describeImportError(result.errors[0]!)).toContain(message);
  });

  it('gives no list at all when any line is bad (all or nothing)', () => {
    const good = toCsv(SAMPLE).trimEnd();
    const result = parseImport(`${good}\r\nimatinib,Imatinib,,,,,Q,perhaps,no\r\n`);
    expect(result).toEqual({ ok: false, errors: [{ line: 7, message: expect.any(String) }] });
  });
});
