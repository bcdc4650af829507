import type { GlossaryEntry, Source } from '../types';
import {
  GlossaryError,
  findGlossaryProblems,
  formKey,
  formsOverlap,
  validateGlossary,
} from '../validate';

/** A small valid glossary; each test breaks one rule in a copy of it. */
function fixture(): { entries: GlossaryEntry[]; sources: Source[] } {
  const sources: Source[] = [
    {
      id: 'src',
      kind: 'paper',
      title: 'A title',
      publisher: 'A publisher',
      url: 'https://example.org/page',
      lastRevised: '2018-10-17',
    },
    {
      id: 'undated',
      kind: 'secondary',
      title: 'Another title',
      publisher: 'A publisher',
      url: 'https://example.org/other',
      lastRevised: null,
    },
  ];
  const entries: GlossaryEntry[] = [
    {
      id: 'dasatinib',
      name: 'Dasatinib',
      category: 'drug',
      forms: [{ text: 'dasatinib' }, { text: 'Sprycel', brand: true }],
      summary: 'A drug.',
      explanation: 'It is a pill.',
      drug: {
        drugClass: { text: 'TKI.', source: 'src' },
        target: { text: 'BCR-ABL.', source: 'src' },
        howGiven: { text: 'A pill.', source: 'src' },
      },
      sideEffects: {
        common: [{ text: 'Rash.', source: 'src' }],
        serious: [],
        callCareTeam: [],
        notes: [{ text: 'Usually mild.', source: 'undated' }],
      },
      related: ['tki'],
      source: 'src',
    },
    {
      id: 'tki',
      name: 'TKI',
      category: 'treatment',
      forms: [{ text: 'tyrosine kinase inhibitor' }, { text: 'TKI', caseSensitive: true }],
      summary: 'A kind of drug.',
      explanation: 'It blocks a protein.',
      related: ['dasatinib'],
      source: 'src',
    },
  ];
  return { entries, sources };
}

/** Loosely typed access, to break entries in ways TypeScript would not allow. */
type Loose = Record<string, unknown> & { drug: Record<string, Record<string, unknown>> };
const loose = (entry: GlossaryEntry) => entry as unknown as Loose;

function messages(entries: unknown[], sources: unknown[]): string[] {
  return findGlossaryProblems(entries, sources).map((p) => p.message);
}

describe('validateGlossary', () => {
  it('accepts the fixture', () => {
    const { entries, sources } = fixture();
    expect(messages(entries, sources)).toEqual([]);
  });

  it('rejects a duplicate id', () => {
    const { entries, sources } = fixture();
    entries[1]!.id = 'dasatinib';
    entries[1]!.related = ['tki-other'];
    expect(messages(entries, sources)).toContain(
      'glossary entry "dasatinib": field "id" is used by another entry too',
    );
  });

  it('rejects a form claimed by two entries', () => {
    const { entries, sources } = fixture();
    entries[1]!.forms.push({ text: 'Dasatinib' });
    expect(messages(entries, sources)).toContain(
      'glossary entry "tki": field "forms[2]" ("Dasatinib") is also claimed by entry "dasatinib" (forms[0] "dasatinib")',
    );
  });

  it('treats hyphen, en dash, non-breaking hyphen and space variants as the same form', () => {
    for (const variant of [
      'tyrosine-kinase inhibitor',
      'tyrosine–kinase inhibitor',
      'tyrosine\u2011kinase\u00a0inhibitor',
    ]) {
      const { entries, sources } = fixture();
      entries[0]!.forms.push({ text: variant });
      expect(messages(entries, sources)).toContain(
        `glossary entry "tki": field "forms[0]" ("tyrosine kinase inhibitor") is also claimed by entry "dasatinib" (forms[2] "${variant}")`,
      );
    }
  });

  it('compares case-sensitive forms by exact letter case only', () => {
    const { entries, sources } = fixture();
    entries[0]!.forms.push({ text: 'Tki', caseSensitive: true });
    expect(messages(entries, sources)).toEqual([]);
    // ...but a form that ignores case clashes with it.
    const other = fixture();
    other.entries[0]!.forms.push({ text: 'tki' });
    expect(messages(other.entries, other.sources)).toEqual([
      'glossary entry "tki": field "forms[1]" ("TKI") is also claimed by entry "dasatinib" (forms[2] "tki")',
    ]);
  });

  it('treats plurals and a trailing ® as the same form', () => {
    expect(
      formsOverlap({ text: 'TKI', caseSensitive: true }, { text: 'TKIs', caseSensitive: true }),
    ).toBe(true);
    expect(formsOverlap({ text: 'Sprycel®' }, { text: 'sprycel' })).toBe(true);
    expect(
      formsOverlap({ text: 'Ph', caseSensitive: true }, { text: 'pH', caseSensitive: true }),
    ).toBe(false);
    expect(formKey('BCR\u2013ABL1')).toBe('bcr abl1');
  });

  it('rejects a form that only repeats another form of the same entry', () => {
    const { entries, sources } = fixture();
    entries[0]!.forms.push({ text: 'Dasatinib’s' });
    expect(messages(entries, sources)).toEqual([
      'glossary entry "dasatinib": field "forms[2]" ("Dasatinib’s") repeats forms[0] ("dasatinib"): the matcher already adds separator, plural and letter-case variants',
    ]);
  });

  it('rejects a related id that does not exist, or the entry itself', () => {
    const { entries, sources } = fixture();
    entries[0]!.related = ['tki', 'imatinib', 'dasatinib'];
    expect(messages(entries, sources)).toEqual([
      'glossary entry "dasatinib": field "related[1]" names unknown entry "imatinib"',
      'glossary entry "dasatinib": field "related[2]" links the entry to itself',
    ]);
  });

  it('rejects an empty field', () => {
    const { entries, sources } = fixture();
    entries[0]!.summary = '  ';
    expect(messages(entries, sources)).toEqual([
      'glossary entry "dasatinib": field "summary" is empty',
    ]);
  });

  it('rejects a missing required field', () => {
    const { entries, sources } = fixture();
    delete loose(entries[1]!).explanation;
    delete loose(entries[0]!).drug.howGiven;
    loose(entries[1]!).related = [];
    expect(messages(entries, sources)).toEqual([
      'glossary entry "dasatinib": field "drug.howGiven" is missing',
      'glossary entry "tki": field "explanation" is missing',
      'glossary entry "tki": field "related" is empty (link at least one other entry)',
    ]);
  });

  it('rejects a summary of more than one sentence', () => {
    const { entries, sources } = fixture();
    entries[0]!.summary = 'A drug. It is a pill.';
    expect(messages(entries, sources)).toEqual([
      'glossary entry "dasatinib": field "summary" must be one sentence',
    ]);
  });

  it('rejects an unknown source, on the entry or on any fact', () => {
    const { entries, sources } = fixture();
    entries[1]!.source = 'nowhere';
    entries[0]!.drug!.target.source = 'nowhere';
    entries[0]!.sideEffects!.notes[0]!.source = 'acs';
    expect(messages(entries, sources)).toEqual([
      'glossary entry "dasatinib": field "drug.target.source" names unknown source "nowhere"',
      'glossary entry "dasatinib": field "sideEffects.notes[0].source" names unknown source "acs"',
      'glossary entry "tki": field "source" names unknown source "nowhere"',
    ]);
  });

  it('rejects a badly written or impossible date', () => {
    const { entries, sources } = fixture();
    sources[0]!.lastRevised = '10/17/2018';
    sources[1]!.lastRevised = '2018-02-30';
    expect(messages(entries, sources)).toEqual([
      'source "src": field "lastRevised" must be a real date as YYYY-MM-DD, or null (got "10/17/2018")',
      'source "undated": field "lastRevised" must be a real date as YYYY-MM-DD, or null (got "2018-02-30")',
    ]);
  });

  it('rejects a source without a date field (null must be said)', () => {
    const { entries, sources } = fixture();
    delete (sources[1] as Partial<Source>).lastRevised;
    expect(messages(entries, sources)).toEqual([
      'source "undated": field "lastRevised" is missing (use null when the source gives no date)',
    ]);
  });

  it('rejects a source without a known kind, or filed under a publisher whose site it is not on', () => {
    const { entries, sources } = fixture();
    delete sources[0]!.kind;
    // NCI text on another site is a copy, not NCI.
    sources[1]!.kind = 'nci';
    sources[1]!.url = 'https://siteman.wustl.edu/glossary/cdr0000270742/';
    expect(messages(entries, sources)).toEqual([
      'source "src": field "kind" must be one of fda-label, fda-notice, nci, acs, lls, medlineplus, paper, secondary (got undefined)',
      'source "undated": field "url" is not on a site of kind "nci" (cancer.gov): a copy elsewhere is "secondary"',
    ]);
    sources[0]!.kind = 'fda-label';
    sources[0]!.url = 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=x';
    sources[1]!.url = 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/x';
    expect(messages(entries, sources)).toEqual([]);
  });

  it('rejects drug facts missing on a drug, or present on a non-drug', () => {
    const { entries, sources } = fixture();
    const drug = entries[0]!.drug;
    delete entries[0]!.drug;
    entries[1]!.drug = drug;
    expect(messages(entries, sources)).toEqual([
      'glossary entry "dasatinib": field "drug" is missing (every drug needs drugClass, target and howGiven)',
      'glossary entry "tki": field "drug" is only allowed on entries of category "drug"',
    ]);
  });

  it('rejects a bad id, category or flag', () => {
    const { entries, sources } = fixture();
    loose(entries[0]!).category = 'medicine';
    (entries[0]!.forms[1] as unknown as Record<string, unknown>).brand = 'yes';
    entries[1]!.id = 'Tyrosine_Kinase';
    entries[0]!.related = ['Tyrosine_Kinase'];
    expect(messages(entries, sources)).toEqual([
      'glossary entry "dasatinib": field "category" must be one of disease, treatment, drug, gene, side-effect, body (got "medicine")',
      'glossary entry "dasatinib": field "forms[1].brand" must be true or false',
      'glossary entry "Tyrosine_Kinase": field "id" must be kebab-case (a-z, 0-9 and single hyphens)',
    ]);
  });

  it('accepts an explanation split into sourced facts, other possible side effects and a read date', () => {
    const { entries, sources } = fixture();
    entries[1]!.explanationFacts = [{ text: 'It blocks a protein.', source: 'src' }];
    entries[0]!.sideEffects!.otherPossible = [{ text: 'Low counts.', source: 'src' }];
    sources[1]!.accessed = '2026-12-01';
    sources[1]!.version = 'Version 1.2017';
    expect(messages(entries, sources)).toEqual([]);
  });

  it('rejects explanation facts that differ from the explanation or lack a source', () => {
    const { entries, sources } = fixture();
    entries[1]!.explanationFacts = [{ text: 'It blocks a different protein.', source: 'nowhere' }];
    expect(messages(entries, sources)).toEqual([
      'glossary entry "tki": field "explanationFacts[0].source" names unknown source "nowhere"',
      'glossary entry "tki": field "explanationFacts" joined with spaces must be exactly the explanation',
    ]);
  });

  it('rejects an unsourced other possible side effect and a bad read date', () => {
    const { entries, sources } = fixture();
    entries[0]!.sideEffects!.otherPossible = [{ text: 'Low counts.' } as never];
    sources[1]!.accessed = 'yesterday';
    expect(messages(entries, sources)).toEqual([
      'source "undated": field "accessed" must be a real date as YYYY-MM-DD (got "yesterday")',
      'glossary entry "dasatinib": field "sideEffects.otherPossible[0].source" is missing',
    ]);
  });

  it('lets a drug list only other possible side effects, but not none at all', () => {
    const { entries, sources } = fixture();
    const se = entries[0]!.sideEffects!;
    se.otherPossible = se.common;
    se.common = [];
    expect(messages(entries, sources)).toEqual([]);
    se.otherPossible = [];
    expect(messages(entries, sources)).toEqual([
      'glossary entry "dasatinib": field "sideEffects.common" is empty',
    ]);
  });

  it('throws a GlossaryError that lists every problem', () => {
    const { entries, sources } = fixture();
    entries[0]!.summary = '';
    entries[1]!.related = ['missing'];
    let error: unknown;
    try {
      validateGlossary(entries, sources);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GlossaryError);
    const problems = (error as GlossaryError).problems;
    expect(problems.map((p) => [p.entry, p.field])).toEqual([
      ['dasatinib', 'summary'],
      ['tki', 'related[0]'],
    ]);
    expect((error as Error).message).toContain(
      'glossary entry "dasatinib": field "summary" is empty',
    );
    expect((error as Error).message).toContain(
      'glossary entry "tki": field "related[0]" names unknown entry "missing"',
    );
  });
});
