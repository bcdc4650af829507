import { compileMatcher, findMatches } from '../compile';
import { makeCorpus, syntheticEntries } from './corpus';
import type { MatcherEntry } from '../types';
import { FIXTURE } from './fixtures';

const real = Object.values(
  import.meta.glob<{ GLOSSARY: readonly MatcherEntry[] }>('../../../data/index.ts', {
    eager: true,
  }),
)[0]?.GLOSSARY;

const glossaries: [string, readonly MatcherEntry[]][] = [
  ['fixture', FIXTURE],
  ['fixture + synthetic', [...FIXTURE, ...syntheticEntries(40)]],
  ...(real ? [['data/ GLOSSARY', real] as [string, readonly MatcherEntry[]]] : []),
];

describe.each(glossaries)('trie and flat alternation agree (%s)', (_name, entries) => {
  const { text } = makeCorpus(entries, 200_000);
  const trie = compileMatcher(entries, { shape: 'trie' });
  const flat = compileMatcher(entries, { shape: 'flat' });

  it('on the raw regex matches of a generated page', () => {
    const raw = (re: RegExp) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
    expect(raw(trie.regex)).toEqual(raw(flat.regex));
  });

  it('on the accepted matches, each with an id', () => {
    const matches = findMatches(trie, text);
    expect(matches.length).toBeGreaterThan(500);
    expect(matches).toEqual(findMatches(flat, text));
  });

  it('every raw match resolves to an id', () => {
    const unresolved = [...text.matchAll(trie.regex)].filter((m) => trie.idFor(m[0]) === null);
    expect(unresolved.map((m) => m[0])).toEqual([]);
  });
});

it('the mixed-case prefix case: exact-case longer form wins over a case-free prefix', () => {
  const m = compileMatcher(FIXTURE);
  expect(findMatches(m, 'Philadelphia chromosome-positive ALL').map((x) => x.id)).toEqual([
    'ph-positive-all',
  ]);
  expect(findMatches(m, 'Philadelphia chromosome-positive all').map((x) => x.text)).toEqual([
    'Philadelphia chromosome-positive',
  ]);
});
