import { describeTerm, makeTermReachable, setTermOpen } from '../term-a11y';

describe('term state for assistive technology', () => {
  it('keeps aria-expanded and the description of the focused term true to the card', () => {
    const el = document.createElement('tl-term');
    makeTermReachable(el, true);
    describeTerm(el, true);
    expect(el.getAttribute('aria-description')).toMatch(/Press Enter to open/);
    setTermOpen(el, true);
    expect(el.getAttribute('aria-expanded')).toBe('true');
    expect(el.getAttribute('aria-description')).toMatch(/open\. Press Escape to close/);
    expect(el.hasAttribute('data-open')).toBe(true);
    setTermOpen(el, false);
    expect(el.getAttribute('aria-expanded')).toBe('false');
    expect(el.getAttribute('aria-description')).toMatch(/Press Enter to open/);
  });

  it('describes only the term that has focus: no fixed sentence marks every highlight', () => {
    const el = document.createElement('tl-term');
    makeTermReachable(el, true);
    expect(el.hasAttribute('aria-description')).toBe(false);
    setTermOpen(el, true);
    setTermOpen(el, false);
    expect(el.hasAttribute('aria-description')).toBe(false);
    describeTerm(el, true);
    describeTerm(el, false);
    expect(el.hasAttribute('aria-description')).toBe(false);
    expect(el.getAttribute('role')).toBe('button');
    expect(el.getAttribute('aria-haspopup')).toBe('dialog');
  });

  it('leaves later mentions, which are not Tab stops, without ARIA state', () => {
    const el = document.createElement('tl-term');
    makeTermReachable(el, false);
    setTermOpen(el, true);
    describeTerm(el, true);
    expect(el.hasAttribute('aria-expanded')).toBe(false);
    expect(el.hasAttribute('aria-description')).toBe(false);
    expect(el.hasAttribute('data-open')).toBe(true);
  });
});
