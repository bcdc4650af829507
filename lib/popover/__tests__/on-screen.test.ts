import { describe, expect, it } from 'vitest';
import { termsOnScreen } from '../on-screen';

/** Terms stacked 100 px apart from `top`, on a 600 px screen. */
function stacked(count: number, top: number): HTMLElement[] {
  return Array.from({ length: count }, (_, i) => {
    const el = document.createElement('tl-term');
    const y = top + i * 100;
    el.getBoundingClientRect = () => new DOMRect(10, y, 50, 20);
    return el;
  });
}

describe('termsOnScreen', () => {
  const win = { innerHeight: 600 } as Window;

  it('finds the terms on screen of a page scrolled down, in order', () => {
    const terms = stacked(100, -3_050); // terms 31..36 are on screen
    expect(termsOnScreen(terms, win, 50).map((t) => terms.indexOf(t))).toEqual([
      31, 32, 33, 34, 35, 36,
    ]);
  });

  it('stops at the limit, and finds none past the end of the terms', () => {
    expect(termsOnScreen(stacked(100, 0), win, 3)).toHaveLength(3);
    expect(termsOnScreen(stacked(10, -5_000), win, 50)).toEqual([]);
  });
});
