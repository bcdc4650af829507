import { allowedMistakes, editDistance } from '../edit-distance';

describe('editDistance', () => {
  it.each([
    ['dasatanib', 'dasatinib', 1],
    ['gleevac', 'gleevec', 1],
    ['imatinbi', 'imatinib', 1], // two neighbouring letters swapped: one mistake
    ['nausea', 'nausea', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
  ])('%s -> %s is %i', (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
    expect(editDistance(b, a, 5)).toBe(d);
  });

  it('stops at the bound and says so with bound + 1', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
  });

  it('handles words longer than its reused buffers', () => {
    const long = 'x'.repeat(300);
    expect(editDistance(long, `${long}y`, 2)).toBe(1);
  });
});

describe('allowedMistakes', () => {
  it('allows none in short words, one in middling words, two in long ones', () => {
    expect([3, 4, 5, 7, 8, 12].map(allowedMistakes)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
