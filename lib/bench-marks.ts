/**
 * User Timing entries for the benchmark, in the test build only (`wxt build --mode e2e`). Long
 * Animation Frames name the page's scripts but not a content script's (its isolated world is not
 * reported), so the benchmark tells our frames from the page's by these: a `performance.measure`
 * is stored on the page's one Performance object, which the main world reads. In the shipped build
 * both are no-ops (a page could read them and learn that the reader has a leukemia glossary).
 */

const ON = import.meta.env.MODE === 'e2e';

/** Prefix of every entry, so the benchmark finds ours among the page's. */
export const BENCH_PREFIX = 'termlight:';

/** The time now, for a span that `benchSpan` closes (0 when off). */
export function benchNow(win: Window = window): number {
  return ON ? win.performance.now() : 0;
}

/** A span of our work on the main thread, from `start` (benchNow) to now. */
export function benchSpan(name: string, start: number, win: Window = window): void {
  if (!ON) return;
  try {
    win.performance.measure(BENCH_PREFIX + name, { start, end: win.performance.now() });
  } catch {
    // no User Timing Level 3 (old browsers): the benchmark goes without
  }
}

/** A moment (a step of opening a card, say). */
export function benchMark(name: string, win: Window = window): void {
  if (!ON) return;
  try {
    win.performance.mark(BENCH_PREFIX + name);
  } catch {
    // as above
  }
}
