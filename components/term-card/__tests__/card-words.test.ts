import { describe, expect, it } from 'vitest';
import { cardLabels } from '../card-labels';
import { cardList } from '../card-words';

// The card writes days and brand lists itself (no Intl on its first render): the same words as
// Intl's own, in both card languages.
describe('card days and lists', () => {
  const days = ['2018-10-17', '2024-01-01', '2025-12-31', '2019-05-09'];

  it.each(['en', 'es'] as const)('writes a day as Intl does (%s)', (lang) => {
    const intl = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    for (const day of days) {
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      expect(cardLabels(lang).day(day)).toBe(intl.format(new Date(Date.UTC(y, m - 1, d, 12))));
    }
  });

  it('shows a day it cannot read as it is', () => {
    expect(cardLabels('en').day('sometime')).toBe('sometime');
  });

  it.each(['en', 'es'] as const)('joins brand names as Intl does (%s)', (lang) => {
    const intl = new Intl.ListFormat(lang, { type: 'unit', style: 'long' });
    for (const names of [
      ['Gleevec'],
      ['Gleevec', 'Iclusig'],
      ['Sprycel', 'Tasigna', 'Hidrea'],
      ['Oncaspar', 'Hielo'],
      ['Oncaspar', 'Yodo'],
      ['Oncaspar', 'Íclusig'],
      ['Oncaspar', 'Ion'],
      ['Blincyto', 'Besponsa'],
    ]) {
      expect(cardList(names, lang)).toBe(intl.format(names));
    }
  });
});
