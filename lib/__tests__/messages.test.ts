import { countTerms, parsePopupRequest } from '../messages';

describe('parsePopupRequest', () => {
  it.each([
    [{ type: 'termlight:page-info' }, { type: 'termlight:page-info' }],
    [
      { type: 'termlight:reveal', id: 'dasatinib' },
      { type: 'termlight:reveal', id: 'dasatinib' },
    ],
    [{ type: 'termlight:reveal' }, null],
    [{ type: 'termlight:reveal', id: 42 }, null],
    [{ type: 'something-else' }, null],
    ['termlight:page-info', null],
    [null, null],
  ])('%j -> %j', (input, expected) => {
    expect(parsePopupRequest(input)).toEqual(expected);
  });
});

describe('countTerms', () => {
  it('counts ids, most frequent first', () => {
    expect(countTerms(['tki', 'imatinib', 'tki', 'all', 'tki', 'imatinib'])).toEqual([
      { id: 'tki', count: 3 },
      { id: 'imatinib', count: 2 },
      { id: 'all', count: 1 },
    ]);
  });
});
