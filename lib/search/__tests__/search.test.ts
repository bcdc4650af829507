import { GLOSSARY, getEntry } from '../../../data/index';
import type { GlossaryEntry } from '../../../data/types';
import { buildSearchIndex, searchIndex, Tier, type SearchResult } from '../index';
import { foldForSearch } from '../fold';
import { entryText } from '../entry-text';

const index = buildSearchIndex(GLOSSARY);
const search = (query: string): SearchResult[] => searchIndex(index, query);
const ids = (query: string): string[] => search(query).map((r) => r.id);

/** Every word of every card, as written. */
const ALL_WORDS = new Set(
  GLOSSARY.flatMap((e) => entryText(e).flatMap((t) => t.text.split(/\s+/))),
);

const TKIS = ['bosutinib', 'dasatinib', 'imatinib', 'nilotinib', 'ponatinib'];

/** Entries whose card lists a side effect containing this word, from the data as it is now. */
const listing = (word: string): string[] =>
  GLOSSARY.filter((e) =>
    entryText(e).some(
      (t) =>
        (t.part === 'sideEffect' || t.part === 'seriousSideEffect') &&
        t.text.toLowerCase().includes(word),
    ),
  ).map((e) => e.id);

describe('searchIndex: the table of queries', () => {
  it.each([
    // query, expected first result, why it matched (start of the reason)
    ['dasatanib', 'dasatinib', 'name (close spelling)'],
    ['gleevac', 'imatinib', 'brand name Gleevec (close spelling)'],
    ['Gleevec', 'imatinib', 'brand name Gleevec'],
    ['blincyto', 'blinatumomab', 'brand name Blincyto'],
    ['TKI', 'tyrosine-kinase-inhibitor', 'name'],
    ['tki', 'tyrosine-kinase-inhibitor', 'name'],
    ['philadelphia', 'philadelphia-chromosome', 'name'],
    ['philadelfia', 'philadelphia-chromosome', 'name (close spelling)'],
    ['bcr abl', 'bcr-abl', 'name'],
    ['BCR::ABL1', 'bcr-abl', 'also called BCR-ABL1'],
    ['Ph+', 'philadelphia-chromosome', 'abbreviation Ph+'],
    ['ALL', 'acute-lymphocytic-leukemia', 'name'],
    ['neutropenia', 'low-white-blood-cell-count', 'also called neutropenia'],
    ['dasat', 'dasatinib', 'name'],
    ['dasata', 'dasatinib', 'name (close spelling)'],
    ['chemo', 'chemotherapy', 'name'],
    ['  sPRYCEL ', 'dasatinib', 'brand name Sprycel'],
  ])('%s -> %s (%s)', (query, first, why) => {
    const [top] = search(query);
    expect(top?.id).toBe(first);
    expect(top?.why).toBe(why);
  });

  it('"nausea" finds every drug that lists it as a side effect, before other mentions', () => {
    const drugs = listing('nausea').filter((id) => getEntry(id)!.drug);
    expect(drugs).toEqual(
      expect.arrayContaining([...TKIS, 'blinatumomab', 'inotuzumab-ozogamicin']),
    );
    const found = search('nausea');
    const top = found.slice(0, drugs.length);
    expect(top.map((r) => r.id).sort()).toEqual([...drugs].sort());
    for (const r of top) expect(r.why).toMatch(/^side effect: Nausea/);
    expect(top.every((r) => r.tier === Tier.Concerns)).toBe(true);
    // The class entry, which is no drug, and the cards that only mention it come after.
    expect(found.slice(drugs.length).every((r) => r.tier >= Tier.Text)).toBe(true);
  });

  it('"T315I": what it is, then the drug that works against it, then the drugs that do not', () => {
    const found = search('T315I');
    expect(found.slice(0, 2).map((r) => [r.id, r.tier])).toEqual([
      ['t315i', Tier.Exact],
      ['ponatinib', Tier.Concerns],
    ]);
    expect(found[1]!.why).toBe(
      'the “T315I mutation” card: Of the TKIs used for ALL, ponatinib (Iclusig) is the one that works against it.',
    );
    // The four whose cards say they do not inhibit it are mentions, after ponatinib.
    const rest = found.slice(2).map((r) => r.id);
    expect(rest).toEqual(expect.arrayContaining(TKIS.filter((d) => d !== 'ponatinib')));
  });

  it('"which TKI works with T315I" answers ponatinib first, then the terms it names', () => {
    const found = search('which TKI works with T315I');
    expect(found.slice(0, 3).map((r) => [r.id, r.tier])).toEqual([
      ['ponatinib', Tier.Answer],
      ['t315i', Tier.Exact],
      ['tyrosine-kinase-inhibitor', Tier.Exact],
    ]);
    expect(ids('Which tki works against t315i?')[0]).toBe('ponatinib');
  });

  it('a side effect with its own card ranks the drugs that cause it above mentions', () => {
    const found = search('pleural effusion');
    expect(found[0]?.id).toBe('pleural-effusion');
    expect(found[1]).toMatchObject({ id: 'dasatinib', tier: Tier.Concerns });
    expect(found[1]!.why).toMatch(/^serious side effect: Dasatinib can cause fluid/);
    expect(ids('QT prolongation').slice(0, 3)).toEqual(
      expect.arrayContaining(['qt-prolongation', 'nilotinib']),
    );
    const crs = search('CRS');
    expect(crs[0]?.id).toBe('cytokine-release-syndrome');
    expect(
      crs
        .slice(1, 4)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['blinatumomab', 'brexucabtagene-autoleucel', 'tisagenlecleucel']);
  });

  it('a name inside a longer query is what it asks about, not the drugs it mentions', () => {
    expect(search('Ph+ ALL').map((r) => r.tier)[0]).toBe(Tier.Exact);
    expect(ids('Philadelphia chromosome-positive ALL')[0]).toBe('ph-positive-all');
    expect(search('Philadelphia chromosome-positive ALL').some((r) => r.tier === Tier.Answer)).toBe(
      false,
    );
  });

  it('quotes whole words in every reason, with the words that matched', () => {
    const queries = ['T315I', 'rash', 'nausea', 'bleeding', 'pill', 'Ph+ ALL', 'CRS', 'heart'];
    for (const query of queries) {
      for (const r of search(query)) {
        const quoted = /^[^:]+: (.*)$/.exec(r.why)?.[1];
        if (r.kind !== 'text' || !quoted) continue;
        // A reason may quote another term's card (T315I's card naming ponatinib).
        const entryWords = ALL_WORDS;
        const words = quoted.replace(/^…|…$/g, '').split(' ');
        for (const word of words)
          expect(entryWords, `${query} -> ${r.id}: ${word}`).toContain(word);
        if (!r.fuzzy)
          expect(foldForSearch(r.why), `${query} -> ${r.id}`).toContain(
            foldForSearch(query).split(' ')[0],
          );
      }
    }
  });

  it('"bleeding" finds the cards that mention bleeding, each quoting its sentence', () => {
    const found = search('bleeding');
    expect(found.map((r) => r.id)).toEqual(
      expect.arrayContaining(['inotuzumab-ozogamicin', 'low-platelet-count']),
    );
    for (const r of found) expect(r.why.toLowerCase()).toContain('bleeding');
    // A listed side effect ranks before a line of an explanation.
    expect(found[0]?.id).toBe('inotuzumab-ozogamicin');
    expect(found[0]?.why).toMatch(/side effect: /);
  });

  it('"pill" finds the drugs taken as pills, by how they are given', () => {
    const found = search('pill');
    expect(found.slice(0, 5).map((r) => r.id)).toEqual(TKIS);
    expect(found[0]?.why).toMatch(/^how it is given: Pills/);
  });

  it('"nausia" (misspelled) still finds the drugs listing nausea, below exact text matches', () => {
    const found = search('nausia');
    expect(found.map((r) => r.id)).toEqual(expect.arrayContaining(listing('nausea')));
    expect(found.every((r) => r.tier === Tier.FuzzyText && r.fuzzy)).toBe(true);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(search('')).toEqual([]);
    expect(search('   \n\t')).toEqual([]);
  });

  it.each(['xyzzy', 'qwertyuiop', 'zzzzzzzz', '12345'])('finds nothing for nonsense: %s', (q) => {
    expect(search(q)).toEqual([]);
  });

  it.each([
    '.*',
    '(a+)+$',
    '[',
    '\\',
    '^$|?*+{}()',
    '<img src=x onerror=alert(1)>',
    '%00',
    '\u0000\u200b',
    '🙂🙂',
  ])('treats hostile input as plain text: %s', (q) => {
    expect(() => search(q)).not.toThrow();
    for (const r of search(q)) expect(typeof r.why).toBe('string');
  });

  it('cuts a very long query instead of working through all of it', () => {
    expect(search('a'.repeat(10_000))).toEqual([]);
    expect(search(`dasatinib${' '.repeat(200)}x`)[0]?.id).toBe('dasatinib');
  });

  it('does not treat regex metacharacters as patterns', () => {
    expect(search('.*')).toEqual([]);
    expect(ids('dasat.*')).toEqual(ids('dasat'));
  });
});

describe('searchIndex: ranking', () => {
  it('finds every entry first by its own name, and every brand name exactly', () => {
    for (const e of GLOSSARY) {
      expect(ids(e.name)[0]).toBe(e.id);
      for (const f of e.forms.filter((f) => f.brand)) {
        expect(search(f.text)[0]).toMatchObject({ id: e.id, why: `brand name ${f.text}` });
      }
    }
  });

  it('orders exact, then prefix, then misspelled names, then text; ties by name', () => {
    const entries = [
      entry('text', 'Zebra', 'Nothing here but a word: orbit.'),
      entry('fuzzy', 'Orbiz'),
      entry('prefix-b', 'Orbital b'),
      entry('prefix-a', 'Orbital a'),
      entry('exact', 'Orbit'),
    ];
    const found = searchIndex(buildSearchIndex(entries), 'orbit');
    expect(found.map((r) => [r.id, r.tier])).toEqual([
      ['exact', Tier.Exact],
      ['prefix-a', Tier.Prefix],
      ['prefix-b', Tier.Prefix],
      ['fuzzy', Tier.FuzzyName],
      ['text', Tier.Text],
    ]);
    expect(found.at(-1)?.why).toBe('summary: Nothing here but a word: orbit.');
  });

  it('puts an abbreviation typed in its own letter case before the same letters as a name', () => {
    const entries = [entry('word', 'Alt'), entryWithForm('abbr', 'Test of alanine (ALT)', 'ALT')];
    expect(searchIndex(buildSearchIndex(entries), 'ALT').map((r) => r.id)).toEqual([
      'abbr',
      'word',
    ]);
    // In another letter case the two tie, and ties go alphabetically.
    expect(searchIndex(buildSearchIndex(entries), 'alt').map((r) => r.id)).toEqual([
      'word',
      'abbr',
    ]);
  });

  it('matches letters inside a name ("tinib") after word starts, and one letter only at the start', () => {
    expect(ids('tinib')).toEqual(TKIS);
    const entries = [entry('a', 'Dazzle'), entry('b', 'Zeta'), entry('c', 'Big zoo')];
    expect(searchIndex(buildSearchIndex(entries), 'z').map((r) => r.id)).toEqual(['b']);
  });

  it('never corrects short words: an abbreviation one letter off is not a match', () => {
    expect(ids('TKO')).toEqual([]);
  });

  it('answers quickly once built (the real check is the bench; this only guards a blow-up)', () => {
    const big = buildSearchIndex([
      ...GLOSSARY,
      ...Array.from({ length: 500 }, (_, i) =>
        entry(`g1/e${i}`, `Entry number ${i}`, 'Some text.'),
      ),
    ]);
    expect(searchIndex(big, 'dasatanib')[0]?.id).toBe('dasatinib');
  });
});

describe('searchIndex: imported glossaries and new fields', () => {
  it('says which imported glossary an entry comes from', () => {
    const imported = entry('g2/zanubrutinib', 'Zanubrutinib', 'A BTK inhibitor.');
    const idx = buildSearchIndex([...GLOSSARY, imported], (id) =>
      id.startsWith('g2/') ? 'Course terms' : undefined,
    );
    expect(searchIndex(idx, 'zanubrutinib')[0]).toMatchObject({
      id: 'g2/zanubrutinib',
      glossary: 'Course terms',
    });
    expect(searchIndex(idx, 'Sprycel')[0]).not.toHaveProperty('glossary');
  });

  it('searches a student level when an entry has one', () => {
    const withStudent = {
      ...entry('x', 'Example'),
      student: {
        summary: { text: 'A kinase inhibitor.', source: 's' },
        facts: [{ text: 'It binds the ATP-binding site.', source: 's' }],
      },
    } as GlossaryEntry;
    const found = searchIndex(buildSearchIndex([withStudent]), 'atp binding');
    expect(found[0]?.why).toBe('for students: It binds the ATP-binding site.');
  });

  it('quotes one sentence, cut to a readable length at whole words, around the match', () => {
    const long = `Short one. ${'Wording '.repeat(30)}endword and more.`;
    const found = searchIndex(buildSearchIndex([entry('x', 'Example', long)]), 'endword');
    expect(found[0]?.why.length).toBeLessThanOrEqual('summary: '.length + 120);
    expect(found[0]?.why).toMatch(/^summary: …Wording (Wording )+endword and more\.$/);
    const start = searchIndex(buildSearchIndex([entry('x', 'Example', long)]), 'wording');
    expect(start[0]?.why).toMatch(/^summary: Wording (Wording )+Wording…$/);
  });
});

function entry(id: string, name: string, summary = ''): GlossaryEntry {
  return {
    id,
    name,
    category: 'treatment',
    forms: [{ text: name }],
    summary,
    explanation: '',
    related: [],
    source: 's',
  };
}

function entryWithForm(id: string, name: string, abbreviation: string): GlossaryEntry {
  return {
    ...entry(id, name),
    forms: [{ text: name }, { text: abbreviation, caseSensitive: true }],
  };
}
