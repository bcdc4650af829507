import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { UNUSED_MARK_METHODS, withoutMarkMethods } from '../mark-regexp-only-plugin';

const MARK_SOURCE = createRequire(import.meta.url).resolve('mark.js/src/lib/mark.js');

describe('withoutMarkMethods', () => {
  const source = readFileSync(MARK_SOURCE, 'utf8');

  it('leaves the unused methods out of mark.js and keeps what markRegExp calls', () => {
    const kept = withoutMarkMethods(source);
    for (const name of UNUSED_MARK_METHODS)
      expect(kept).not.toMatch(new RegExp(`^  ${name}\\(`, 'm'));
    for (const name of ['markRegExp', 'wrapMatches', 'wrapRangeInTextNode', 'getTextNodes']) {
      expect(kept).toMatch(new RegExp(`^  ${name}\\(`, 'm'));
    }
  });

  it('fails when a method it leaves out is still called', () => {
    // wrapMatches calls wrapRangeInTextNode.
    expect(() => withoutMarkMethods(source, ['wrapRangeInTextNode'])).toThrow(
      'mark.js still uses wrapRangeInTextNode',
    );
  });

  it('fails when mark.js has no such method (another version)', () => {
    expect(() => withoutMarkMethods(source, ['markWords'])).toThrow(
      'mark.js has no method markWords',
    );
  });

  it('finds a method named by a string (markRegExp calls this[fn])', () => {
    const code = `class M { a() { const fn = 'b'; this[fn](); } b() {} }`;
    expect(() => withoutMarkMethods(code, ['b'])).toThrow('mark.js still uses b');
  });
});
