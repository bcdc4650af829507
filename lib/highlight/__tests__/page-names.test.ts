import { describe, expect, it } from 'vitest';
import { FIXED_NAMES, NAMES, randomNames } from '../page-names';

describe('page names', () => {
  it('are random per page load in the shipped build, and valid custom element names', () => {
    const a = randomNames();
    const b = randomNames();
    expect(a.term).not.toBe(b.term);
    for (const names of [a, b]) {
      for (const tag of [names.term, names.popover])
        expect(() => document.createElement(tag)).not.toThrow();
      for (const name of [names.term, names.popover, names.ownUi, names.open, names.colour])
        expect(name).toMatch(/^[a-z]{4,8}-[a-z]{4,8}$/);
      expect(names.openShadowRoot).toBe(false);
      expect(names.idInDom).toBe(false);
    }
  });

  it('are the fixed ones outside the shipped build (unit tests, test builds, the embed)', () => {
    expect(NAMES).toBe(FIXED_NAMES);
  });
});
