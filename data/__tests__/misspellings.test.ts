import { compileMatcher, findMatches } from '../../lib/matcher';
import { formsOverlap, GLOSSARY } from '../index';
import { OTHER_SPELLINGS, otherSpellingOf } from '../misspellings';
import { termIndex } from 'virtual:term-index';

const matcher = compileMatcher(termIndex());
const found = (text: string) => findMatches(matcher, text).map((m) => [m.text, m.id]);

describe('other spellings (data/misspellings.ts)', () => {
  it('belong to glossary entries and are no form of any entry', () => {
    const ids = new Set(GLOSSARY.map((e) => e.id));
    const forms = GLOSSARY.flatMap((e) => e.forms.map((f) => ({ ...f, id: e.id })));
    const seen: { text: string; caseSensitive?: boolean; id: string }[] = [];
    for (const [id, spellings] of Object.entries(OTHER_SPELLINGS)) {
      expect(ids.has(id), id).toBe(true);
      for (const s of spellings) {
        const clash = [...forms, ...seen].find((f) => formsOverlap(f, s));
        expect(clash, `"${s.text}" (${id}) overlaps "${clash?.text}" (${clash?.id})`).toBe(
          undefined,
        );
        seen.push({ ...s, id });
      }
    }
  });

  it('light up on the page as the entry they stand for', () => {
    expect(
      found(
        "Started dasatanib last week after the Gleevac stopped working. The TKI's side effects " +
          'are mild; other tkis gave him rashes, and the tki’s cost is scary.',
      ),
    ).toEqual([
      ['dasatanib', 'dasatinib'],
      ['Gleevac', 'imatinib'],
      ['TKI', 'tyrosine-kinase-inhibitor'],
      ['tkis', 'tyrosine-kinase-inhibitor'],
      ['tki’s', 'tyrosine-kinase-inhibitor'],
    ]);
    expect(found('Round two of blina starts Monday; she is philly chromosome positive.')).toEqual([
      ['blina', 'blinatumomab'],
      ['philly chromosome', 'philadelphia-chromosome'],
    ]);
    expect(found('Sprycell, GLEEVIC and Philly-positive')).toEqual([
      ['Sprycell', 'dasatinib'],
      ['GLEEVIC', 'imatinib'],
      ['Philly-positive', 'philadelphia-chromosome'],
    ]);
  });

  it.each([
    'import tkinter as tk',
    'Some kids call it the tki game',
    'TKIS',
    'Tki',
    'a Philly cheesesteak in Philly',
    'the blinds were down',
    'Gleevacation',
    'philly',
  ])('leave near misses alone: %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('are recognised in the page text the card was opened from', () => {
    const imatinib = OTHER_SPELLINGS.imatinib!;
    expect(otherSpellingOf(imatinib, 'GLEEVAC®')?.text).toBe('Gleevac');
    expect(otherSpellingOf(imatinib, 'Gleevac’s')?.text).toBe('Gleevac');
    expect(otherSpellingOf(imatinib, 'Gleevec')).toBeUndefined();
    const tki = OTHER_SPELLINGS['tyrosine-kinase-inhibitor']!;
    expect(otherSpellingOf(tki, 'tkis')?.text).toBe('tkis');
    expect(otherSpellingOf(tki, "tki's")?.text).toBe("tki's");
    expect(otherSpellingOf(tki, 'TKIs')).toBeUndefined();
    const ph = OTHER_SPELLINGS['philadelphia-chromosome']!;
    expect(otherSpellingOf(ph, 'Philly\u00a0chromosome')?.kind).toBe('nickname');
  });
});
