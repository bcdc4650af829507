import { describe, expect, it } from 'vitest';
import type { StudyCard } from '../cards';
import { quoteField, toAnkiText, toCsv, type ExportSource } from '../export';
import { describeSource, GLOSSARY_SOURCES, glossaryCards } from '../index';

const sources: ExportSource = { describe: (id) => `Source ${id}` };
const tricky: StudyCard = {
  id: 'x',
  kind: 'meaning',
  front: '#1 "quoted"\tand tabbed',
  back: 'two\nlines, and a comma',
  entryIds: ['x'],
  category: 'drug',
  origins: [{ entryId: 'x', field: 'summary', source: 'acs' }],
};

/** A minimal reader for the quoting Anki's text import uses (the csv crate's defaults). */
function parse(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      records.push(fields);
      fields = [];
      field = '';
    } else field += ch;
  }
  return records;
}

describe('toAnkiText', () => {
  it("starts with the header lines Anki's import reads", () => {
    const lines = toAnkiText([tricky], sources).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '#separator:tab',
      '#html:false',
      '#columns:Front\tBack\tSource\tTags',
      '#tags column:4',
    ]);
  });

  it('quotes tabs, quotes, newlines and a leading # so every field reads back whole', () => {
    const text = toAnkiText([tricky], sources);
    const body = text.split('\n').slice(4).join('\n');
    expect(body.startsWith('"#1 ""quoted""\tand tabbed"\t"two\nlines, and a comma"\t')).toBe(true);
    expect(parse(body, '\t')).toEqual([
      [tricky.front, tricky.back, 'Source acs', 'termlight drug meaning'],
    ]);
  });

  it('leaves plain fields unquoted', () => {
    expect(quoteField('What is TKI?', '\t')).toBe('What is TKI?');
    expect(quoteField('a, b', '\t')).toBe('a, b');
    expect(quoteField('a, b', ',')).toBe('"a, b"');
  });

  it('exports every glossary card with four fields and its dated source', () => {
    const cards = glossaryCards();
    const body = toAnkiText(cards, GLOSSARY_SOURCES).split('\n').slice(4).join('\n');
    const records = parse(body, '\t');
    expect(records).toHaveLength(cards.length);
    for (const record of records) expect(record).toHaveLength(4);
    expect(records[0]![2]).toContain(describeSource(cards[0]!.origins[0]!.source));
    expect(records[0]![2]).toMatch(/\(.+, .+\), https:/);
  });
});

describe('toCsv', () => {
  it('has a header row and RFC 4180 quoting', () => {
    const text = toCsv([tricky], sources);
    // A byte order mark first, so Excel on Windows reads UTF-8 (#28).
    expect(text.startsWith('\uFEFFFront,Back,Source,Tags\r\n')).toBe(true);
    expect(parse(text.slice(1), ',')).toEqual([
      ['Front', 'Back', 'Source', 'Tags'],
      [tricky.front, tricky.back, 'Source acs', 'termlight drug meaning'],
    ]);
  });
});
