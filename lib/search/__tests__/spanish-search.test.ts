import { GLOSSARY } from '../../../data/index';
import { SPANISH_LEVELS } from '../../../data/es/index';
import { buildSearchIndex, searchIndex, Tier } from '../index';
import { spanishSearchSide } from '../spanish';

// Issue #29: Spanish queries find the glossary's entries, through the Spanish forms the
// highlighter uses (data/es/forms.ts) and the Spanish card text (data/es/).
const index = buildSearchIndex(GLOSSARY, undefined, spanishSearchSide);
const search = (query: string) => searchIndex(index, query);
const ids = (query: string) => search(query).map((r) => r.id);

describe('searchIndex: Spanish queries', () => {
  it.each([
    // query, expected first result, why it matched
    [
      'inhibidor de tirosina cinasa',
      'tyrosine-kinase-inhibitor',
      'Spanish name inhibidor de tirosina cinasa',
    ],
    [
      'inhibidores de la tirosina quinasa',
      'tyrosine-kinase-inhibitor',
      'Spanish name inhibidores de la tirosina quinasa',
    ],
    ['cromosoma Filadelfia', 'philadelphia-chromosome', 'Spanish name cromosoma Filadelfia'],
    ['cromosoma filadelfia', 'philadelphia-chromosome', 'Spanish name cromosoma Filadelfia'],
    ['médula ósea', 'bone-marrow', 'Spanish name Médula ósea'],
    ['medula osea', 'bone-marrow', 'Spanish name Médula ósea'],
    ['LLA', 'acute-lymphocytic-leukemia', 'Spanish name LLA'],
    [
      'leucemia linfoblastica aguda',
      'acute-lymphocytic-leukemia',
      'Spanish name leucemia linfoblástica aguda',
    ],
    ['quimio', 'chemotherapy', 'Spanish name quimio'],
    ['remisión', 'remission', 'Spanish name remisión'],
  ])('%s -> %s (%s)', (query, first, why) => {
    const [top] = search(query);
    expect(top?.id).toBe(first);
    expect(top?.why).toBe(why);
    expect(top?.tier).toBe(Tier.Exact);
  });

  it('"quinasa" on its own finds the TKI entry by a word of its Spanish name', () => {
    const [top] = search('quinasa');
    expect(top).toMatchObject({ id: 'tyrosine-kinase-inhibitor', tier: Tier.Prefix });
  });

  it('"LLA" names the leukemia first, then its kinds (LLA Ph+, LLA B)', () => {
    expect(ids('LLA').slice(0, 3)).toEqual([
      'acute-lymphocytic-leukemia',
      'b-cell-all',
      'ph-positive-all',
    ]);
  });

  it('a word of the Spanish card text finds the card, quoting its Spanish sentence', () => {
    const summary = SPANISH_LEVELS['bone-marrow']!.summary.text;
    const word = summary.split(/\s+/).find((w) => w.length >= 7 && !/médula|ósea/i.test(w))!;
    const hit = search(word).find((r) => r.id === 'bone-marrow');
    expect(hit?.why).toContain(word);
  });

  it('a typo in a Spanish name still finds it', () => {
    expect(search('cromosoma filadelfa')[0]).toMatchObject({
      id: 'philadelphia-chromosome',
      fuzzy: true,
    });
  });

  it('changes nothing for English queries', () => {
    const english = buildSearchIndex(GLOSSARY);
    for (const q of ['ALL', 'TKI', 'philadelphia', 'bone marrow', 'Gleevec', 'nausea', 'chemo']) {
      expect(ids(q)[0]).toBe(searchIndex(english, q)[0]!.id);
    }
  });
});

describe('spanishSearchSide', () => {
  it('expands the short forms and takes the Spanish level’s name and text', () => {
    const side = spanishSearchSide('tyrosine-kinase-inhibitor')!;
    const names = side.names.map((n) => n.text);
    expect(names).toContain('inhibidor de tirosina cinasa');
    expect(names).toContain('inhibidores de la tirosina quinasa');
    expect(side.names.find((n) => n.text === 'ITC')?.caseSensitive).toBe(true);
    const marrow = spanishSearchSide('bone-marrow')!;
    expect(marrow.names[0]!.text).toBe(SPANISH_LEVELS['bone-marrow']!.name);
    expect(marrow.texts[0]).toEqual({
      part: 'summary',
      text: SPANISH_LEVELS['bone-marrow']!.summary.text,
    });
  });

  it('has nothing for an entry with neither forms nor a level', () => {
    expect(spanishSearchSide('no-such-entry')).toBeUndefined();
  });
});

describe('searchIndex: the quoted words carry their language', () => {
  it('an English sentence is quoted as English, a Spanish one as Spanish', () => {
    const english = search('abnormal').find((r) => r.kind === 'text')!;
    expect(english.quote?.lang).toBe('en');
    expect(english.why).toContain(english.quote!.text);
    const spanish = search('mayoría').find((r) => r.id === 'bone-marrow')!;
    expect(spanish.quote).toMatchObject({ lang: 'es' });
    expect(search('LLA')[0]!.quote).toBeUndefined();
  });
});
