import type { PageInfo } from '../../../lib/messaging/protocol';
import { isSettled, parsePageInfo, parseTabOverride, sameTerms, timesLabel } from '../page-info';

const info = (active: boolean, terms: [string, number][] = []): PageInfo => ({
  host: 'example.com',
  active,
  terms: terms.map(([id, count]) => ({ id, count })),
});

describe('parsePageInfo', () => {
  it('accepts what the content script sends', () => {
    const value = info(true, [['imatinib', 3]]);
    expect(parsePageInfo(value)).toEqual(value);
  });

  it('reads no answer or a malformed one as "cannot read this page"', () => {
    expect(parsePageInfo(undefined)).toBeNull();
    expect(parsePageInfo(null)).toBeNull();
    expect(parsePageInfo('yes')).toBeNull();
    expect(parsePageInfo({ host: 'a', active: true })).toBeNull();
    expect(parsePageInfo({ host: 'a', active: 'yes', terms: [] })).toBeNull();
    expect(parsePageInfo({ host: 'a', active: true, terms: [{ id: 'x' }] })).toBeNull();
    expect(parsePageInfo({ host: 'a', active: true, terms: [{ id: 'x', count: 0 }] })).toBeNull();
  });
});

describe('isSettled', () => {
  it('waits for the page to be on or off as expected', () => {
    expect(isSettled(info(true), info(true), false)).toBe(false);
    expect(isSettled(null, info(false), false)).toBe(true);
  });

  it('waits for the counts to stop changing while highlighting', () => {
    const some = info(true, [['imatinib', 1]]);
    const more = info(true, [['imatinib', 2]]);
    expect(isSettled(null, more, true)).toBe(false);
    expect(isSettled(some, more, true)).toBe(false);
    expect(isSettled(more, info(true, [['imatinib', 2]]), true)).toBe(true);
    expect(isSettled(more, info(true, [['imatinib', 2]]), undefined)).toBe(true);
  });
});

describe('sameTerms', () => {
  it('compares ids and counts in order', () => {
    const a = info(true, [
      ['a', 1],
      ['b', 2],
    ]).terms;
    expect(
      sameTerms(
        a,
        info(true, [
          ['a', 1],
          ['b', 2],
        ]).terms,
      ),
    ).toBe(true);
    expect(
      sameTerms(
        a,
        info(true, [
          ['a', 1],
          ['b', 3],
        ]).terms,
      ),
    ).toBe(false);
    expect(sameTerms(a, info(true, [['a', 1]]).terms)).toBe(false);
  });
});

describe('parseTabOverride', () => {
  it('reads ?tab=<id>', () => {
    expect(parseTabOverride('?tab=42')).toBe(42);
    expect(parseTabOverride('')).toBeNull();
    expect(parseTabOverride('?tab=')).toBeNull();
    expect(parseTabOverride('?tab=-1')).toBeNull();
    expect(parseTabOverride('?tab=abc')).toBeNull();
  });
});

describe('timesLabel', () => {
  it('says how often in words', () => {
    expect(timesLabel(1)).toBe('once');
    expect(timesLabel(2)).toBe('twice');
    expect(timesLabel(7)).toBe('7 times');
  });
});
