import { describe, expect, it } from 'vitest';
import { compileMatcher, findMatches } from '../../matcher';
import { ambiguousForms, withoutForms } from '../ambiguous';
import { isShortCapitals } from '../check';
import type { ExchangeGlossary } from '../format';

const source = { title: 'Course notes', url: 'https://example.edu/notes', date: '2026-01-01' };
const course: ExchangeGlossary = {
  format: 'termlight-glossary',
  version: 1,
  name: 'Course',
  language: 'en',
  entries: [
    {
      id: 'mercaptopurine',
      name: 'Mercaptopurine',
      category: 'drug',
      forms: [
        { text: 'mercaptopurine' },
        { text: '6-MP', caseSensitive: true },
        { text: 'MP', caseSensitive: true },
      ],
      summary: 'A chemo pill.',
      explanation: 'A chemo pill used in ALL.',
      source,
    },
    {
      id: 'pe',
      name: 'PE',
      category: 'side-effect',
      forms: [{ text: 'PE', caseSensitive: true }],
      summary: 'A clot in the lung.',
      explanation: 'A clot in the lung.',
      source,
    },
  ],
} as unknown as ExchangeGlossary;

describe('ambiguous forms of an imported glossary', () => {
  it('names everyday abbreviations an entry can do without', () => {
    expect(ambiguousForms(course)).toEqual([
      { entryId: 'mercaptopurine', entryName: 'Mercaptopurine', form: 'MP' },
    ]);
  });

  it('leaves them out, so "The local MP visited the ward" stays plain', () => {
    const kept = withoutForms(course, ambiguousForms(course));
    expect(kept.entries[0]!.forms.map((f) => f.text)).toEqual(['mercaptopurine', '6-MP']);
    const matcher = compileMatcher(kept.entries.map((e) => ({ id: e.id, forms: e.forms })));
    expect(findMatches(matcher, 'The local MP visited the ward.')).toEqual([]);
    expect(findMatches(matcher, 'She takes 6-MP at night.').length).toBe(1);
  });

  it('takes short all-capitals forms as abbreviations', () => {
    expect(['MP', '6-MP', 'PE', 'TKI'].every(isShortCapitals)).toBe(true);
    expect(['Mp', 'mp', 'Gleevec', 'M', 'ABCDEFG'].some(isShortCapitals)).toBe(false);
  });
});
