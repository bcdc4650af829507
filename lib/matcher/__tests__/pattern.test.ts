import { atomSource, formPattern } from '../pattern';

describe('formPattern', () => {
  it('shares one atom per letter, so compiling a glossary in each page stays cheap', () => {
    // compileMatcher runs in every page's content script: 574 forms took 55-72 ms at 1x CPU
    // while each letter of each form made its own atom and its key and source were worked out
    // again at every use; shared, the built-in glossary compiles in about a third of that.
    const [first] = formPattern('imatinib', false).spellings;
    const [second] = formPattern('ibrutinib', false).spellings;
    expect(second!.folded[0]).toBe(first!.folded[0]); // [iI]
    expect(formPattern('TKI', true).spellings[0]!.exact[2]).not.toBe(first!.folded[0]); // I only
    expect(atomSource(first!.folded[0]!)).toBe('[iI]');
  });

  it('keeps an exact-case letter apart from the same letter in both cases', () => {
    const exact = formPattern('ALL', true).spellings[0]!.exact;
    const folded = formPattern('all', false).spellings[0]!.exact;
    expect(exact.map(atomSource).join('')).toBe('ALL');
    expect(folded.map(atomSource).join('')).toBe('[aA][lL][lL]');
    expect(formPattern('ALL', true).spellings[0]!.exact[0]).toBe(exact[0]);
  });
});
