/**
 * Issue #24 (M6): the remission card must not say that no leukemia cells are left. Standard tests
 * find no sign of leukemia; very sensitive tests may still find a few cells (MRD), which is what
 * the MRD card says.
 */
import { GLOSSARY, getEntry } from '../index';
import type { GlossaryEntry } from '../types';
import { entryTexts } from './text-helpers';

const entry = (id: string): GlossaryEntry => {
  const e = getEntry(id);
  if (!e) throw new Error(`no entry "${id}"`);
  return e;
};

/** Claims that remission means no leukemia cells at all, which MRD testing contradicts. */
const NO_CELLS_LEFT =
  /\bno (?:leukemia|cancer|leukemic) cells (?:are|were|can be) (?:found|left|seen|present)|\ball (?:the )?(?:leukemia|cancer) cells are gone\b/i;

describe('remission agrees with MRD', () => {
  it('recognises the contradicting claim', () => {
    expect('In complete remission, no leukemia cells are found in the blood.').toMatch(
      NO_CELLS_LEFT,
    );
    expect('In complete remission, the usual tests find no sign of leukemia.').not.toMatch(
      NO_CELLS_LEFT,
    );
  });

  it('never says remission leaves no leukemia cells, on any card', () => {
    for (const e of GLOSSARY) {
      for (const text of entryTexts(e)) expect(text, e.id).not.toMatch(NO_CELLS_LEFT);
    }
  });

  it('says that standard tests find no sign and very sensitive tests may still find cells', () => {
    const text = entry('remission').explanation;
    expect(text).toMatch(/usual tests find no sign of leukemia/);
    expect(text).toMatch(/very sensitive tests may still find a few leukemia cells/i);
    expect(text).toMatch(/minimal residual disease \(MRD\)/);
    expect(entry('remission').related).toContain('minimal-residual-disease');
  });
});
