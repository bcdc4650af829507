import { compileMatcher, findMatches } from '../index';
import { FIXTURE } from './fixtures';

const matcher = compileMatcher(FIXTURE);
const found = (text: string) => findMatches(matcher, text).map((m) => [m.text, m.id]);

type Case = [text: string, expected: [string, string][]];

const cases: Record<string, Case[]> = {
  'longest form first': [
    [
      "Patients with Ph+ ALL take imatinib's",
      [
        ['Ph+ ALL', 'ph-positive-all'],
        ['imatinib', 'imatinib'],
      ],
    ],
    ['imatinib mesylate tablets', [['imatinib mesylate', 'imatinib']]],
    ['Imatinib Mesylate', [['Imatinib Mesylate', 'imatinib']]],
    ['imatinib mesylated', [['imatinib', 'imatinib']]],
    [
      'Philadelphia chromosome-positive ALL is common',
      [['Philadelphia chromosome-positive ALL', 'ph-positive-all']],
    ],
    [
      'Ph-positive ALL and Ph-negative ALL',
      [
        ['Ph-positive ALL', 'ph-positive-all'],
        ['Ph-negative ALL', 'ph-negative-all'],
      ],
    ],
    ['the Philadelphia chromosome', [['Philadelphia chromosome', 'philadelphia-chromosome']]],
    [
      'acute lymphoblastic leukemia (ALL)',
      [
        ['acute lymphoblastic leukemia', 'all'],
        ['ALL', 'all'],
      ],
    ],
    [
      'BCR-ABL1 and BCR-ABL',
      [
        ['BCR-ABL1', 'bcr-abl1'],
        ['BCR-ABL', 'bcr-abl1'],
      ],
    ],
  ],
  'Ph is only the Philadelphia chromosome': [
    ['pH 7.4', []],
    ['PH 7.4', []],
    ['a Ph.D. student', []],
    ['Ph-like ALL', [['ALL', 'all']]],
    ['Ph–like ALL', [['ALL', 'all']]],
    ['BCR-ABL1-like ALL', [['ALL', 'all']]],
    ['Ph+ patients', [['Ph+', 'philadelphia-chromosome']]],
    ['Ph-positive disease', [['Ph-positive', 'philadelphia-chromosome']]],
    ['Ph– ALL', [['Ph– ALL', 'ph-negative-all']]],
    [
      'Ph ALL',
      [
        ['Ph', 'philadelphia-chromosome'],
        ['ALL', 'all'],
      ],
    ],
    ['Philadelphia Eagles', []],
    ['Philadelphia, PA', []],
    ['Phase 2', []],
    ['the Ph like changes', [['Ph', 'philadelphia-chromosome']]],
  ],
  'ALL guard': [
    ['adult ALL', [['ALL', 'all']]],
    ['ALL', [['ALL', 'all']]],
    ['ALL is a cancer', [['ALL', 'all']]],
    [
      'B-cell ALL and T-cell ALL',
      [
        ['ALL', 'all'],
        ['ALL', 'all'],
      ],
    ],
    [
      'B-ALL, T-ALL',
      [
        ['ALL', 'all'],
        ['ALL', 'all'],
      ],
    ],
    ['AML, ALL, and CML', [['ALL', 'all']]],
    [
      'ACUTE LYMPHOBLASTIC LEUKEMIA (ALL)',
      [
        ['ACUTE LYMPHOBLASTIC LEUKEMIA', 'all'],
        ['ALL', 'all'],
      ],
    ],
    ['B-CELL ALL', [['ALL', 'all']]],
    [
      'ALL TKI',
      [
        ['ALL', 'all'],
        ['TKI', 'tki'],
      ],
    ],
    ['ALL-directed therapy', [['ALL', 'all']]],
    ['ALL RIGHTS RESERVED', []],
    ['© 2024 Acme Inc. ALL RIGHTS RESERVED.', []],
    ['FREE SHIPPING ON ALL ORDERS', []],
    ['TREATMENT OPTIONS FOR ALL PATIENTS', []],
    ['TREATMENT OPTIONS FOR ALL', []],
    ['CALL NOW', []],
    ['ALL-STAR GAME', []],
    ['ALL CAPS TITLE', []],
    ['all patients', []],
    ['All patients', []],
    ['ALLERGY', []],
  ],
  'shouted comments': [
    ['Thank you ALL you amazing supporters!', []],
    ['ALL you wonderful people', []],
    ['ALL of you', []],
    ['THANK YOU SO MUCH ALL, WE LOVE YOU', []],
    ['THANK YOU SO MUCH!!! Adult ALL is treatable', [['ALL', 'all']]],
    ['PLEASE PRAY FOR OUR FAMILY ALL. Thank you', []],
    ['My son has ALL. PLEASE HELP', [['ALL', 'all']]],
    ['My son has ALL.\nTHANK YOU EVERYONE FOR PRAYING', [['ALL', 'all']]],
    ['AML, ALL, CML and CLL are leukemias', [['ALL', 'all']]],
    ['Types: AML, ALL, CLL, CML', [['ALL', 'all']]],
    ['ALL in children', [['ALL', 'all']]],
    ['ALL and AML', [['ALL', 'all']]],
    ['ALL: WHAT PARENTS SHOULD KNOW', []],
  ],
  'TKI: exact case, whole word, plural': [
    ['TKI', [['TKI', 'tki']]],
    ['TKIs', [['TKIs', 'tki']]],
    ["TKIs' side effects", [['TKIs', 'tki']]],
    ["the TKI's dose", [['TKI', 'tki']]],
    ['tki', []],
    ['Tki', []],
    ['TKIS', []],
    ['TKIX', []],
    ['aTKI', []],
    ['TKI2', []],
    ['tyrosine kinase inhibitors', [['tyrosine kinase inhibitors', 'tki']]],
  ],
  'drug and brand names: any case, ® and ™, possessives': [
    ['Gleevec®', [['Gleevec®', 'imatinib']]],
    ['Gleevec™ 400', [['Gleevec™', 'imatinib']]],
    ['GLEEVEC', [['GLEEVEC', 'imatinib']]],
    ['gleevec', [['gleevec', 'imatinib']]],
    ['Sprycel™', [['Sprycel™', 'dasatinib']]],
    ['IMATINIB', [['IMATINIB', 'imatinib']]],
    ["imatinib's", [['imatinib', 'imatinib']]],
    ['imatinib’s', [['imatinib', 'imatinib']]],
    ["Gleevec®'s", [['Gleevec®', 'imatinib']]],
    ['Glivec', [['Glivec', 'imatinib']]],
    ['gleevec.com', []],
    ['www.gleevec.com', []],
  ],
  'separators are interchangeable inside a form': [
    ['BCR‑ABL', [['BCR‑ABL', 'bcr-abl1']]],
    ['BCR–ABL', [['BCR–ABL', 'bcr-abl1']]],
    ['BCR‐ABL', [['BCR‐ABL', 'bcr-abl1']]],
    ['BCR ABL', [['BCR ABL', 'bcr-abl1']]],
    ['BCR\u00a0ABL', [['BCR\u00a0ABL', 'bcr-abl1']]],
    ['BCR::ABL1', [['BCR::ABL1', 'bcr-abl1']]],
    ['BCR/ABL', [['BCR/ABL', 'bcr-abl1']]],
    ['bcr-abl', []],
    ['BCR—ABL', []],
    ['BCR - ABL', []],
    [
      'Philadelphia chromosome‑positive ALL',
      [['Philadelphia chromosome‑positive ALL', 'ph-positive-all']],
    ],
    ['Ph+\u00a0ALL', [['Ph+\u00a0ALL', 'ph-positive-all']]],
    ['imatinib\n    mesylate', [['imatinib\n    mesylate', 'imatinib']]],
    ['acute  lymphoblastic-leukemia', [['acute  lymphoblastic-leukemia', 'all']]],
    ['CAR T cell therapy', [['CAR T cell therapy', 'car-t']]],
    ['CAR‑T‑cell therapy', [['CAR‑T‑cell therapy', 'car-t']]],
  ],
  'targeted alone is not targeted therapy': [
    ['targeted therapy', [['targeted therapy', 'targeted-therapy']]],
    ['Targeted Therapies', [['Targeted Therapies', 'targeted-therapy']]],
    ['targeted therapys', []],
    ['targeted drugs', [['targeted drugs', 'targeted-therapy']]],
    ['targeted ads', []],
    ['targeted', []],
  ],
  'Unicode boundaries': [
    ['💊imatinib', [['imatinib', 'imatinib']]],
    ['👩‍⚕️ ALL', [['ALL', 'all']]],
    ['imatinib', [['imatinib', 'imatinib']]],
    [
      'imatinib and dasatinib',
      [
        ['imatinib', 'imatinib'],
        ['dasatinib', 'dasatinib'],
      ],
    ],
    ['иматиниб', []],
    ['иматинибimatinib', []],
    ['imatinibиматиниб', []],
    ['иматиниб imatinib', [['imatinib', 'imatinib']]],
    ['imatinibé', []],
    ['imatinib\u0301', []],
    ['éimatinib', []],
    ['imatinib2', []],
    ['imatinib_x', []],
    ['Лечение ALL', [['ALL', 'all']]],
    ['ЛЕЧЕНИЕ ALL', []],
    ['（imatinib）', [['imatinib', 'imatinib']]],
    ['日本imatinib', []],
  ],
  plurals: [
    ['leukaemias', []],
    ['acute lymphoblastic leukaemias', [['acute lymphoblastic leukaemias', 'all']]],
    ['Philadelphia chromosomes', [['Philadelphia chromosomes', 'philadelphia-chromosome']]],
    ['BCR-ABL1s', []],
    ['(Ph+)', [['Ph+', 'philadelphia-chromosome']]],
    ['CAR T-cell therapies', [['CAR T-cell therapies', 'car-t']]],
  ],
};

describe.each(Object.entries(cases))('%s', (_rule, table) => {
  it.each(table)('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findMatches', () => {
  it('reports UTF-16 offsets after surrogate pairs', () => {
    expect(findMatches(matcher, '💊 imatinib')).toEqual([
      { start: 3, end: 11, text: 'imatinib', id: 'imatinib' },
    ]);
  });

  it('finds terms at the very start and end of the text', () => {
    const text = 'imatinib or dasatinib';
    const [first, last] = findMatches(matcher, text);
    expect(first).toMatchObject({ start: 0, id: 'imatinib' });
    expect(last).toMatchObject({ end: text.length, id: 'dasatinib' });
  });

  it('leaves the public regex lastIndex alone', () => {
    matcher.regex.lastIndex = 5;
    findMatches(matcher, 'imatinib');
    expect(matcher.regex.lastIndex).toBe(5);
    matcher.regex.lastIndex = 0;
  });

  it('returns the same results when called repeatedly', () => {
    const text = 'Ph+ ALL, TKIs and Gleevec®';
    expect(findMatches(matcher, text)).toEqual(findMatches(matcher, text));
  });
});

describe('idFor', () => {
  it.each([
    ['imatinib', 'imatinib'],
    ['GLEEVEC®', 'imatinib'],
    ['TKIs', 'tki'],
    ['targeted therapies', 'targeted-therapy'],
    ['BCR‑ABL', 'bcr-abl1'],
    ['Philadelphia chromosome–positive\u00a0ALL', 'ph-positive-all'],
    ['Ph– ALL', 'ph-negative-all'],
  ])('%j → %s', (text, id) => {
    expect(matcher.idFor(text)).toBe(id);
  });

  it.each([
    'all',
    'TKIS',
    'targeted therapys',
    'imatinibies',
    'tki',
    'Philadelphia',
    'targeted',
    '',
    'BCR-ABL1s',
  ])('%j → null', (text) => {
    expect(matcher.idFor(text)).toBeNull();
  });
});

describe('accept', () => {
  it('applies the all-capitals guard using the surrounding text', () => {
    const text = 'ALL RIGHTS RESERVED; adult ALL';
    expect(matcher.accept(text, 0, 3)).toBeNull();
    expect(matcher.accept(text, 27, 30)).toBe('all');
  });

  it('rejects a range that is no glossary form', () => {
    expect(matcher.accept('the patient', 4, 11)).toBeNull();
  });
});
