/**
 * The Spanish level of the concept, around-treatment and side-effect entries (issue #29): each
 * has a level or a stated gap, and the gaps may only shrink.
 */
import { AROUND_TREATMENT_ENTRIES } from '../../entries/around-treatment';
import { CONCEPT_ENTRIES } from '../../entries/concepts';
import { SIDE_EFFECT_ENTRIES } from '../../entries/side-effects';
import { AROUND_TREATMENT_GAPS_ES, AROUND_TREATMENT_LEVELS_ES } from '../entries/around-treatment';
import { CONCEPT_GAPS_ES, CONCEPT_LEVELS_ES } from '../entries/concepts';
import { SIDE_EFFECT_GAPS_ES, SIDE_EFFECT_LEVELS_ES } from '../entries/side-effects';
import { SPANISH_GAPS, SPANISH_LEVELS } from '../index';

/** Gaps on 2026-12-07 (9, then 8 once qt-prolongation had its level); lower this as Spanish sources are read, never raise it. */
const MAX_GAPS = 8;

const PARTS = [
  [CONCEPT_ENTRIES, CONCEPT_LEVELS_ES, CONCEPT_GAPS_ES],
  [AROUND_TREATMENT_ENTRIES, AROUND_TREATMENT_LEVELS_ES, AROUND_TREATMENT_GAPS_ES],
  [SIDE_EFFECT_ENTRIES, SIDE_EFFECT_LEVELS_ES, SIDE_EFFECT_GAPS_ES],
] as const;

describe('Spanish level of the concept, around-treatment and side-effect entries', () => {
  it('gives each entry of a file a level or a gap in the matching Spanish file, not both', () => {
    for (const [entries, levels, gaps] of PARTS) {
      const ids = entries.map((e) => e.id).sort();
      expect([...Object.keys(levels), ...Object.keys(gaps)].sort()).toEqual(ids);
    }
  });

  it('puts every level into SPANISH_LEVELS and every gap into SPANISH_GAPS', () => {
    for (const [, levels, gaps] of PARTS) {
      for (const [id, level] of Object.entries(levels)) expect(SPANISH_LEVELS[id], id).toBe(level);
      for (const [id, why] of Object.entries(gaps)) expect(SPANISH_GAPS[id], id).toBe(why);
    }
  });

  it('keeps the gaps few, and says why for each', () => {
    const gaps = PARTS.flatMap(([, , g]) => Object.values(g));
    expect(gaps.length).toBeLessThanOrEqual(MAX_GAPS);
    for (const why of gaps) expect(why.length).toBeGreaterThan(40);
  });
});
