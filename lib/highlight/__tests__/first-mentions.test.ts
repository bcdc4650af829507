import { FirstMentions } from '../first-mentions';

describe('FirstMentions', () => {
  it('claims a term once: the first node found with it is wrapped at once, later ones are not', () => {
    const firsts = new FirstMentions();
    expect(firsts.claim(['imatinib'])).toBe(true);
    expect(firsts.claim(['imatinib'])).toBe(false);
    // A node with one new term among known ones holds a first mention.
    expect(firsts.claim(['imatinib', 'tki'])).toBe(true);
    expect(firsts.claim(['tki', 'imatinib'])).toBe(false);
    expect(firsts.claim([])).toBe(false);
  });

  it('reports the first highlight of each term as its first mention, and no other', () => {
    const firsts = new FirstMentions();
    expect(firsts.isWrapped('tki')).toBe(false);
    expect(firsts.wrapped('tki')).toBe(true);
    expect(firsts.wrapped('tki')).toBe(false);
    expect(firsts.wrapped('imatinib')).toBe(true);
    expect(firsts.isWrapped('tki')).toBe(true);
  });

  it('claims nothing for a term already wrapped (a rescan finds its later mentions)', () => {
    const firsts = new FirstMentions();
    firsts.wrapped('tki');
    expect(firsts.claim(['tki'])).toBe(false);
  });

  it('starts over after clear()', () => {
    const firsts = new FirstMentions();
    firsts.claim(['tki']);
    firsts.wrapped('imatinib');
    firsts.clear();
    expect(firsts.isWrapped('imatinib')).toBe(false);
    expect(firsts.claim(['tki'])).toBe(true);
    expect(firsts.wrapped('imatinib')).toBe(true);
  });
});
