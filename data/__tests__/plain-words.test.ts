/**
 * Issue #24: "boxed warning", "receptor" and "cytokine release syndrome" appear on patient cards
 * only where the card also says what they mean. Cards not yet fixed are on a to-do list that may
 * only shrink.
 */
import { unexplainedJargon } from '../content-rules';
import { GLOSSARY, getEntry } from '../index';
import type { GlossaryEntry } from '../types';

/**
 * TO DO: cards that still use one of these words unexplained (2026-12-06), by owner file. Fix
 * the card, then delete its line; the test fails while a listed card is already fixed.
 */
const UNEXPLAINED_TODO: readonly string[] = [];

const entry = (id: string): GlossaryEntry => {
  const e = getEntry(id);
  if (!e) throw new Error(`no entry "${id}"`);
  return e;
};

describe('jargon explained where it appears', () => {
  it('flags a card that names a boxed warning without saying what it is', () => {
    const vod = entry('veno-occlusive-disease');
    const broken: GlossaryEntry = {
      ...vod,
      explanation: 'Inotuzumab ozogamicin has a boxed warning about it.',
    };
    expect(unexplainedJargon(broken)).toHaveLength(1);
    const fixed: GlossaryEntry = {
      ...vod,
      explanation:
        'Inotuzumab ozogamicin has a boxed warning about it: a warning set in a box at the top of its label.',
    };
    expect(unexplainedJargon(fixed)).toEqual([]);
  });

  it('flags "receptor" and "CRS" without a plain explanation, and lets the CRS card name itself', () => {
    const vod: GlossaryEntry = { ...entry('veno-occlusive-disease'), explanation: 'Plain words.' };
    expect(
      unexplainedJargon({ ...vod, summary: 'It uses a receptor. It can cause CRS.' }),
    ).toHaveLength(2);
    expect(
      unexplainedJargon({
        ...vod,
        summary:
          'It uses a receptor, a protein that latches on to one target. It can cause CRS, a reaction of the immune system.',
      }),
    ).toEqual([]);
    expect(
      unexplainedJargon(entry('cytokine-release-syndrome')).filter((p) =>
        /"(?:CRS|cytokine release syndrome)"/i.test(p),
      ),
    ).toEqual([]);
  });

  it('explains them on every card not on the to-do list', () => {
    const todo = new Set(UNEXPLAINED_TODO);
    const problems = GLOSSARY.filter((e) => !todo.has(e.id)).flatMap(unexplainedJargon);
    expect(problems).toEqual([]);
  });

  it('lists only cards that still need the fix (the to-do list only shrinks)', () => {
    const done = UNEXPLAINED_TODO.filter((id) => unexplainedJargon(entry(id)).length === 0);
    expect(
      done,
      'remove these from UNEXPLAINED_TODO in data/__tests__/plain-words.test.ts',
    ).toEqual([]);
  });
});
