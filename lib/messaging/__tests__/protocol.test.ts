import {
  countTerms,
  dispatch,
  PAGE_PARSERS,
  parseRequest,
  type MessageType,
  type Parsers,
} from '../protocol';
import { QUESTIONS_PARSERS } from '../../questions/answers';

// Every message type has a parser in one of the two tables: a type without one does not compile
// here; one with two is found by the first test.
const ALL_PARSERS: Parsers<MessageType> = { ...PAGE_PARSERS, ...QUESTIONS_PARSERS };

describe('the parser tables', () => {
  it('share no type', () => {
    const page = Object.keys(PAGE_PARSERS);
    expect(Object.keys(QUESTIONS_PARSERS).filter((t) => page.includes(t))).toEqual([]);
  });

  it.each(Object.keys(ALL_PARSERS))('%s: rejects non-objects and throws nothing', (type) => {
    for (const junk of [null, 7, 'x', [], { id: {} }, { termId: [] }, { change: null }]) {
      const message = junk && typeof junk === 'object' ? { ...junk, type } : junk;
      expect(() => parseRequest(ALL_PARSERS, message)).not.toThrow();
    }
    expect(parseRequest(ALL_PARSERS, type)).toBeNull();
    expect(parseRequest(ALL_PARSERS, { type: `${type} ` })).toBeNull();
  });
});

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
    expect(parseRequest(PAGE_PARSERS, input)).toEqual(expected);
  });
});

describe('dispatch', () => {
  const handlers = {
    'termlight:reveal': ({ id }: { id: string }) => id === 'tki',
    'termlight:page-info': () => ({ host: 'a.test', active: true, terms: [] }),
  };

  it('answers a valid request with its handler', async () => {
    await expect(
      dispatch(PAGE_PARSERS, handlers, { type: 'termlight:reveal', id: 'tki' }),
    ).resolves.toBe(true);
    await expect(
      dispatch(PAGE_PARSERS, handlers, { type: 'termlight:page-info' }),
    ).resolves.toMatchObject({
      host: 'a.test',
    });
  });

  it('gives handlers the rebuilt request, never the raw message', async () => {
    const seen: unknown[] = [];
    const reveal = { 'termlight:reveal': (r: { id: string }) => seen.push(r) > 0 };
    await dispatch(PAGE_PARSERS, reveal, { type: 'termlight:reveal', id: 'tki', extra: {} });
    expect(seen).toEqual([{ type: 'termlight:reveal', id: 'tki' }]);
  });

  it('answers nothing when a parser throws', () => {
    const parsers = {
      ...PAGE_PARSERS,
      'termlight:reveal': () => {
        throw new Error('broken');
      },
    };
    expect(dispatch(parsers, handlers, { type: 'termlight:reveal', id: 'tki' })).toBeUndefined();
  });

  it('leaves other contexts their messages and ignores malformed ones', () => {
    expect(dispatch(PAGE_PARSERS, handlers, { type: 'termlight:card', id: 'tki' })).toBeUndefined();
    expect(dispatch(PAGE_PARSERS, handlers, { type: 'termlight:reveal', id: 7 })).toBeUndefined();
    expect(dispatch(PAGE_PARSERS, handlers, 'termlight:reveal')).toBeUndefined();
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
