import { countTerms, dispatch, parseRequest } from '../messages';

describe('parseRequest', () => {
  it.each([
    [{ type: 'termlight:page-info' }, { type: 'termlight:page-info' }],
    [{ type: 'termlight:page-info', extra: 'dropped' }, { type: 'termlight:page-info' }],
    [
      { type: 'termlight:reveal', id: 'dasatinib' },
      { type: 'termlight:reveal', id: 'dasatinib' },
    ],
    [
      { type: 'termlight:card', id: 'imatinib' },
      { type: 'termlight:card', id: 'imatinib' },
    ],
    [{ type: 'termlight:reveal' }, null],
    [{ type: 'termlight:reveal', id: 42 }, null],
    [{ type: 'termlight:card', id: '' }, null],
    [{ type: 'termlight:card', id: 'x'.repeat(101) }, null],
    [{ type: 'something-else' }, null],
    [{ type: 'toString' }, null],
    [{ type: '__proto__' }, null],
    ['termlight:page-info', null],
    [null, null],
  ])('%j -> %j', (input, expected) => {
    expect(parseRequest(input)).toEqual(expected);
  });
});

describe('dispatch', () => {
  const handlers = {
    'termlight:reveal': ({ id }: { id: string }) => id === 'tki',
    'termlight:page-info': () => ({ host: 'a.test', active: true, terms: [] }),
  };

  it('answers a valid request with its handler', async () => {
    await expect(dispatch(handlers, { type: 'termlight:reveal', id: 'tki' })).resolves.toBe(true);
    await expect(dispatch(handlers, { type: 'termlight:page-info' })).resolves.toMatchObject({
      host: 'a.test',
    });
  });

  it('leaves other contexts their messages and ignores malformed ones', () => {
    expect(dispatch(handlers, { type: 'termlight:card', id: 'tki' })).toBeUndefined();
    expect(dispatch(handlers, { type: 'termlight:reveal', id: 7 })).toBeUndefined();
    expect(dispatch(handlers, 'termlight:reveal')).toBeUndefined();
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
