import { describe, expect, it } from 'vitest';
import { entrySources, GLOSSARY } from '../../../data';
import { builtInGlossary, builtInTakenForms } from '../built-in';
import { exportGlossary, importGlossaryFile } from '../export';
import { LIMITS } from '../format';
import type { GlossaryFile } from '../read-file';
import { CSV_HEADER, csvFile, csvRow, GOOD_ENTRY, jsonFile, jsonGlossary } from './fixtures';

const messages = (file: GlossaryFile) => importGlossaryFile(file).problems.map((p) => p.message);

describe('a good file', () => {
  it('reads a CSV glossary, named after the file', () => {
    const result = importGlossaryFile(csvFile([CSV_HEADER, csvRow()]));
    expect(result.problems).toEqual([]);
    expect(result.glossary).toEqual({
      format: 'termlight-glossary',
      version: 1,
      name: 'Course terms',
      language: 'en',
      entries: [
        {
          id: 'zanubrutinib',
          name: 'Zanubrutinib',
          category: 'drug',
          forms: [{ text: 'zanubrutinib' }, { text: 'Brukinsa' }],
          summary: 'A drug that blocks a protein cancer cells use to grow.',
          explanation: 'It is a pill. Your care team can tell you more.',
          source: {
            title: 'Course notes, week 3',
            url: 'https://example.org/notes',
            date: '2024-05-31',
          },
        },
      ],
    });
  });

  it('reads a JSON glossary', () => {
    const result = importGlossaryFile(jsonFile(jsonGlossary()));
    expect(result.problems).toEqual([]);
    expect(result.glossary?.entries).toEqual([GOOD_ENTRY]);
  });

  it('reads CSV with a byte order mark, semicolons, blank lines and quoted commas', () => {
    const text = `\uFEFF${CSV_HEADER.replace(/,/g, ';')}\n\n${csvRow({ explanation: 'One, two.' }).replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ';')}\n`;
    const result = importGlossaryFile({ fileName: 'x.csv', text, bytes: text.length });
    expect(result.problems).toEqual([]);
    expect(result.glossary?.entries[0]?.explanation).toBe('One, two.');
  });

  it('makes unique ids for CSV rows from their names', () => {
    const result = importGlossaryFile(
      csvFile([
        CSV_HEADER,
        csvRow({ name: 'Blast cell', forms: 'blast cell' }),
        csvRow({ name: 'Blast-cell', forms: 'blasts' }),
      ]),
    );
    expect(result.glossary?.entries.map((e) => e.id)).toEqual(['blast-cell', 'blast-cell-2']);
  });

  it('refuses two terms of one name, naming both rows (#28)', () => {
    const result = importGlossaryFile(
      csvFile([
        CSV_HEADER,
        csvRow({ name: 'Cytarabine', forms: 'cytarabine' }),
        csvRow({ name: 'cytarabine', forms: 'Ara-C' }),
      ]),
    );
    expect(result.glossary).toBeNull();
    expect(result.problems.map((p) => p.message)).toEqual([
      'Row 3 ("cytarabine"), column "name" ("cytarabine") is also the name of Row 2 ("Cytarabine"). Join the two into one term, or give each its own name.',
    ]);
  });

  it('makes a short all-capitals form match only in capitals unless the file says', () => {
    const result = importGlossaryFile(
      csvFile([CSV_HEADER, csvRow({ name: 'Mercaptopurine', forms: 'mercaptopurine | MP' })]),
    );
    expect(result.glossary?.entries[0]!.forms).toEqual([
      { text: 'mercaptopurine' },
      { text: 'MP', caseSensitive: true },
    ]);
  });

  it('accepts an all-capitals abbreviation that must match its case, even if it spells a word', () => {
    const entry = { ...GOOD_ENTRY, forms: [{ text: 'AND', caseSensitive: true }] };
    expect(messages(jsonFile(jsonGlossary([entry])))).toEqual([]);
  });
});

/** [what is wrong, the file, the exact messages]. */
const BAD_FILES: [string, GlossaryFile, string[]][] = [
  [
    'a file over the size limit',
    { fileName: 'big.json', text: '{}', bytes: LIMITS.fileBytes + 500_000 },
    ['The file is 1.5 MB; the limit is 1 MB.'],
  ],
  [
    'a file that is neither JSON nor CSV',
    { fileName: 'notes.txt', text: 'Just some notes about leukemia.', bytes: 31 },
    ['The file is neither JSON nor CSV, so Termlight cannot read it as a glossary.'],
  ],
  [
    'a binary file named .csv',
    { fileName: 'terms.csv', text: 'PK\u0003\u0004\u0000\u0000', bytes: 6 },
    ['The file is neither JSON nor CSV, so Termlight cannot read it as a glossary.'],
  ],
  [
    'broken JSON',
    jsonFile('{ "format": "termlight-glossary", '),
    ['The file is not valid JSON: look for a missing comma, quote mark or bracket.'],
  ],
  [
    'JSON that is a list',
    jsonFile([1, 2]),
    [
      'The file is JSON but not a Termlight glossary: it must be one object with "format": "termlight-glossary".',
    ],
  ],
  [
    'JSON of another format',
    jsonFile({ format: 'yomitan', entries: [] }),
    ['The file is JSON but not a Termlight glossary: it must say "format": "termlight-glossary".'],
  ],
  [
    'a newer format version',
    jsonFile(jsonGlossary(undefined, { version: 2 })),
    ['The file is a Termlight glossary of version 2; this Termlight reads version 1.'],
  ],
  [
    'a glossary without a name or entries',
    jsonFile({ format: 'termlight-glossary', version: 1, language: 'en', entries: [] }),
    [
      'The glossary\'s field "name" is missing.',
      'The glossary\'s field "entries" is empty: the glossary has no terms.',
    ],
  ],
  [
    'a bad language tag',
    jsonFile(jsonGlossary(undefined, { language: 'English!' })),
    [
      'The glossary\'s field "language" ("English!") must be a language tag such as "en" or "en-US".',
    ],
  ],
  [
    'too many entries',
    jsonFile(jsonGlossary(Array.from({ length: LIMITS.entries + 1 }, () => GOOD_ENTRY))),
    ['The file has 2,001 entries; the limit is 2,000.'],
  ],
  [
    'a CSV header without a summary column',
    csvFile([
      'name,forms,category,explanation,source_title,source_url,source_date',
      'a,b,drug,c,d,e,f',
    ]),
    [
      'Row 1 (the header) has no "summary" column. The header must be: name,forms,category,summary,explanation,source_title,source_url,source_date',
    ],
  ],
  [
    'an unknown CSV column',
    csvFile([`${CSV_HEADER},notes`, `${csvRow()},x`]),
    ['Row 1 (the header), column 9: "notes" is not a column Termlight knows.'],
  ],
  [
    'a CSV row with too few values',
    csvFile([CSV_HEADER, csvRow(), 'Blast cell,blast cell,disease']),
    ['Row 3 has 3 values, but the header has 8 columns.'],
  ],
  [
    'a CSV row with one value',
    csvFile([CSV_HEADER, csvRow(), 'Blast cell']),
    ['Row 3 has 1 value, but the header has 8 columns.'],
  ],
  [
    'a CSV quote that is never closed',
    csvFile([CSV_HEADER, csvRow(), '"Blast cell,blast cell,disease']),
    ['Row 3: a quote mark (") is opened but never closed.'],
  ],
  [
    'a missing CSV value',
    csvFile([CSV_HEADER, csvRow({ summary: '' })]),
    ['Row 2 ("Zanubrutinib"), column "summary" is empty.'],
  ],
  [
    'CSV forms that are empty',
    csvFile([CSV_HEADER, csvRow({ forms: '' })]),
    ['Row 2 ("Zanubrutinib"), column "forms" is empty: list at least one way the term is written.'],
  ],
  [
    'an empty form between two bars',
    csvFile([CSV_HEADER, csvRow({ forms: 'zanubrutinib||Brukinsa' })]),
    ['Row 2 ("Zanubrutinib"), column "forms" is empty.'],
  ],
  [
    'an unknown category',
    csvFile([CSV_HEADER, csvRow({ category: 'herb' })]),
    [
      'Row 2 ("Zanubrutinib"), column "category" is "herb", which is not a kind of term Termlight knows. Use one of: disease, treatment, drug, gene, side-effect, body.',
    ],
  ],
  [
    'a one-letter form',
    csvFile([CSV_HEADER, csvRow({ forms: 'zanubrutinib|Z' })]),
    ['Row 2 ("Zanubrutinib"), column "forms" ("Z") is shorter than 2 characters.'],
  ],
  [
    'forms that are common words, in any letter case',
    csvFile([CSV_HEADER, csvRow({ forms: 'zanubrutinib|The|all' })]),
    [
      'Row 2 ("Zanubrutinib"), column "forms" ("The") is the common word "the", so it would light up ordinary text.',
      'Row 2 ("Zanubrutinib"), column "forms" ("all") is the common word "all", so it would light up ordinary text.',
    ],
  ],
  [
    'a common word that must match its case but is not all capitals',
    jsonFile(jsonGlossary([{ ...GOOD_ENTRY, forms: [{ text: 'All', caseSensitive: true }] }])),
    [
      'Entry 1 ("Zanubrutinib"), field "forms[0]" ("All") is the common word "all", so it would light up ordinary text.',
    ],
  ],
  [
    'one form in two rows',
    csvFile([CSV_HEADER, csvRow(), csvRow({ name: 'Brukinsa', forms: 'brukinsa' })]),
    ['Row 3 ("Brukinsa"), column "forms" ("brukinsa") is also a form of Row 2 ("Zanubrutinib").'],
  ],
  [
    'a form repeated in one entry (a plural)',
    csvFile([CSV_HEADER, csvRow({ forms: 'zanubrutinib|zanubrutinibs' })]),
    [
      'Row 2 ("Zanubrutinib"), column "forms" ("zanubrutinibs") repeats "zanubrutinib" of the same entry.',
    ],
  ],
  [
    'a source without a title',
    csvFile([CSV_HEADER, csvRow({ source_title: '' })]),
    ['Row 2 ("Zanubrutinib"), column "source_title" is empty.'],
  ],
  [
    'a JSON source without a title',
    jsonFile(jsonGlossary([{ ...GOOD_ENTRY, source: { url: 'https://example.org' } }])),
    ['Entry 1 ("Zanubrutinib"), field "source.title" is missing.'],
  ],
  [
    'a date that is not a date',
    csvFile([CSV_HEADER, csvRow({ source_date: '31/05/2024' })]),
    [
      'Row 2 ("Zanubrutinib"), column "source_date" ("31/05/2024") is not a date: write it as YYYY-MM-DD, e.g. 2024-05-31, or leave it empty.',
    ],
  ],
  [
    'a date that does not exist',
    csvFile([CSV_HEADER, csvRow({ source_date: '2024-02-30' })]),
    [
      'Row 2 ("Zanubrutinib"), column "source_date" ("2024-02-30") is not a date: write it as YYYY-MM-DD, e.g. 2024-05-31, or leave it empty.',
    ],
  ],
  [
    'a javascript: source link',
    csvFile([CSV_HEADER, csvRow({ source_url: 'javascript:alert(1)' })]),
    [
      'Row 2 ("Zanubrutinib"), column "source_url" ("javascript:alert(1)") is not a web address: it must start with http:// or https://.',
    ],
  ],
  [
    'a data: source link in JSON',
    jsonFile(
      jsonGlossary([{ ...GOOD_ENTRY, source: { title: 'x', url: 'data:text/html,<b>hi</b>' } }]),
    ),
    [
      'Entry 1 ("Zanubrutinib"), field "source.url" ("data:text/html,<b>hi</b>") is not a web address: it must start with http:// or https://.',
    ],
  ],
  [
    'text over its length limit',
    csvFile([CSV_HEADER, csvRow({ summary: `${'Long words here. '.repeat(20)}` })]),
    ['Row 2 ("Zanubrutinib"), column "summary" is 339 characters long; the limit is 300.'],
  ],
  [
    'JSON fields of the wrong kind',
    jsonFile(
      jsonGlossary([
        {
          ...GOOD_ENTRY,
          id: 'Zanu Brutinib',
          name: 42,
          forms: [{ text: 'zanubrutinib', caseSensitive: 'yes' }],
          related: ['nope'],
          sideEffects: { common: ['Rash.', ''] },
        },
      ]),
    ),
    [
      'Entry 1, field "id" ("Zanu Brutinib") must be kebab-case: small letters a-z, digits and single hyphens.',
      'Entry 1, field "name" must be text.',
      'Entry 1, field "forms[0].caseSensitive" must be true or false.',
      'Entry 1, field "sideEffects.common[1]" is empty.',
      'Entry 1, field "related[0]" ("nope") is not the id of an entry in this file.',
    ],
  ],
  [
    'two JSON entries with one id',
    jsonFile(
      jsonGlossary([GOOD_ENTRY, { ...GOOD_ENTRY, name: 'Other', forms: [{ text: 'other drug' }] }]),
    ),
    ['Entry 2 ("Other"), field "id" ("zanubrutinib") is also the id of Entry 1 ("Zanubrutinib").'],
  ],
  [
    'an entry that is not an object',
    jsonFile(jsonGlossary(['zanubrutinib'])),
    ['Entry 1 must be an object with "id", "name", "category", "forms"….'],
  ],
];

describe('a bad file', () => {
  it.each(BAD_FILES)(
    '%s: says exactly what is wrong and gives no glossary',
    (_, file, expected) => {
      const result = importGlossaryFile(file);
      expect(result.problems.map((p) => p.message)).toEqual(expected);
      expect(result.glossary).toBeNull();
    },
  );

  it('names the entry and the field of each problem separately', () => {
    const [problem] = importGlossaryFile(
      csvFile([CSV_HEADER, csvRow({ category: 'herb' })]),
    ).problems;
    expect(problem).toMatchObject({ entry: 'Row 2 ("Zanubrutinib")', field: 'category' });
  });
});

describe('imported text stays text', () => {
  it('keeps markup and script-like text as plain strings, untouched', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const result = importGlossaryFile(
      csvFile([
        CSV_HEADER,
        csvRow({ name: hostile, summary: `${hostile}.`, explanation: '<script>alert(1)</script>' }),
      ]),
    );
    expect(result.problems).toEqual([]);
    const [entry] = result.glossary!.entries;
    expect(entry?.name).toBe(hostile);
    expect(entry?.summary).toBe(`${hostile}.`);
    expect(entry?.id).toBe('img-src-x-onerror-alert-1');
  });
});

describe('conflicts with other glossaries', () => {
  it('lists forms another glossary uses, naming it and its entry, without failing the file', () => {
    const result = importGlossaryFile(
      csvFile([CSV_HEADER, csvRow({ forms: 'zanubrutinib|Gleevec|TKIs' })]),
      builtInTakenForms(),
    );
    expect(result.problems).toEqual([]);
    expect(result.conflicts.map((c) => c.message)).toEqual([
      'Row 2 ("Zanubrutinib"): "Gleevec" is already used by "Imatinib" in Termlight\'s built-in glossary.',
      'Row 2 ("Zanubrutinib"): "TKIs" is already used by "Tyrosine kinase inhibitor (TKI)" in Termlight\'s built-in glossary.',
    ]);
  });
});

describe('export and import', () => {
  it('reads an exported glossary back as the same glossary, and exports it as the same text', () => {
    const first = importGlossaryFile(jsonFile(jsonGlossary()));
    const text = exportGlossary(first.glossary!);
    const again = importGlossaryFile(jsonFile(text));
    expect(again.problems).toEqual([]);
    expect(again.glossary).toEqual(first.glossary);
    expect(exportGlossary(again.glossary!)).toBe(text);
  });

  it('exports the built-in glossary in the same format, which reads back identically', () => {
    const text = exportGlossary(builtInGlossary());
    const result = importGlossaryFile(jsonFile(text, 'termlight.json'));
    expect(result.problems).toEqual([]);
    expect(result.glossary).toEqual(builtInGlossary());
    expect(exportGlossary(result.glossary!)).toBe(text);
  });

  it('keeps every source of a built-in entry, its main source first', () => {
    const exported = builtInGlossary().entries;
    GLOSSARY.forEach((entry, i) => {
      const { source, otherSources = [] } = exported[i]!;
      expect([source, ...otherSources].map((s) => s.title)).toEqual(
        entrySources(entry).map((s) => s.title),
      );
    });
    expect(exported.some((e) => (e.otherSources ?? []).length > 0)).toBe(true);
  });
});
