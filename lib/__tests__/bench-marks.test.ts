import { afterEach, describe, expect, it } from 'vitest';
import { BENCH_PREFIX, benchMark, benchNow, benchSpan } from '../bench-marks';

describe('bench marks', () => {
  afterEach(() => {
    performance.clearMarks();
    performance.clearMeasures();
  });

  it('leave no entry a page could read outside the test build', () => {
    // Vitest runs in mode "test": the same as the shipped build for this purpose (not "e2e").
    expect(import.meta.env.MODE).not.toBe('e2e');
    benchMark('card:show');
    benchSpan('wrap', benchNow());
    const ours = performance.getEntries().filter((e) => e.name.startsWith(BENCH_PREFIX));
    expect(ours).toEqual([]);
  });
});
