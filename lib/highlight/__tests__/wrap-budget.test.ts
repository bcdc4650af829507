import { WrapBudget } from '../wrap-budget';

/** A page whose frames cost `fixedMs` plus `perCharMs` for each character the slice wrapped. */
function settle(budget: WrapBudget, fixedMs: number, perCharMs: number, slices = 40): number[] {
  const frames: number[] = [];
  for (let i = 0; i < slices; i++) {
    const frame = fixedMs + perCharMs * budget.size;
    frames.push(frame);
    budget.observe(frame);
  }
  return frames;
}

describe('WrapBudget', () => {
  it('shrinks the slices on a heavy page until the frames after them are near the target', () => {
    const budget = new WrapBudget(32, 80_000);
    const frames = settle(budget, 20, 0.0006);
    expect(frames[0]).toBeGreaterThan(60);
    for (const f of frames.slice(10)) expect(f).toBeLessThanOrEqual(40);
    expect(budget.size).toBeGreaterThan(10_000); // but not needlessly small
  });

  it('grows the slices while frames are cheap, up to its maximum', () => {
    const budget = new WrapBudget(32, 8_000, 1_000, 1_000_000);
    settle(budget, 1, 0.000001);
    expect(budget.size).toBe(1_000_000);
  });

  it('on a cheap page, goes in a few frames to about the size the frames predict', () => {
    const quick = new WrapBudget(40, 8_000, 1_000, 1_000_000);
    const frames = settle(quick, 5, 0.0001, 8); // the target at 350,000 characters
    expect(quick.size).toBeGreaterThan(200_000);
    for (const f of frames) expect(f).toBeLessThanOrEqual(40);
  });

  it('never goes below its minimum, and learns nothing when there was no frame', () => {
    const budget = new WrapBudget(32, 8_000, 1_000);
    settle(budget, 0, 0.1); // 1,000 characters already make a 100 ms frame
    expect(budget.size).toBe(1_000);
    budget.observe(NaN);
    expect(budget.size).toBe(1_000);
  });
});

describe('WrapBudget on a page whose own rendering is over the target', () => {
  it('aims a little above that floor instead of shrinking to nothing (more frames, all long)', () => {
    const budget = new WrapBudget(40, 8_000, 1_000);
    const frames = settle(budget, 60, 0.001);
    // Every frame is over 60 ms whatever the slice; it settles near 60 + 20, not at 1,000 chars.
    for (const f of frames.slice(15)) {
      expect(f).toBeGreaterThan(70);
      expect(f).toBeLessThanOrEqual(85);
    }
    expect(budget.size).toBeGreaterThan(10_000);
  });
});

describe('WrapBudget with the slice time', () => {
  it('counts the slice with the frame after it: a long frame is both', () => {
    const renderOnly = new WrapBudget(40, 8_000);
    const withSlice = new WrapBudget(40, 8_000);
    renderOnly.observe(30);
    withSlice.observe(30, 25); // 55 ms in all: over the target
    expect(renderOnly.size).toBeGreaterThan(8_000);
    expect(withSlice.size).toBeLessThan(8_000);
  });
});

describe('WrapBudget on a page whose floor is near a long frame (a phone-class CPU)', () => {
  it.each([30, 36, 38])(
    'keeps the frames under 50 ms with a margin when the floor is %i ms',
    (floor) => {
      const budget = new WrapBudget(40, 4_000, 500);
      const frames = settle(budget, floor, 0.002);
      for (const f of frames.slice(12)) expect(f).toBeLessThanOrEqual(46);
      // Still wraps something each frame: at least a few ms of our own.
      expect(budget.size).toBeGreaterThan(1_000);
    },
  );

  it('lets the slice itself run only what the target leaves above the floor', () => {
    const budget = new WrapBudget(40, 4_000, 500);
    expect(budget.sliceMs(20)).toBe(20); // nothing known yet
    settle(budget, 36, 0.002);
    expect(budget.sliceMs(20)).toBeGreaterThanOrEqual(4);
    expect(budget.sliceMs(20)).toBeLessThanOrEqual(8);
  });
});

describe('WrapBudget with slices that end with their round', () => {
  it('does not grow after a cheap frame whose slice took little of its allowance', () => {
    const budget = new WrapBudget(40, 10_000);
    for (let i = 0; i < 5; i++) budget.observe(15, 3, 2_000);
    // A large round would otherwise meet an allowance no frame has tried.
    expect(budget.size).toBe(10_000);
  });

  it('shrinks from what the slice took after a long frame', () => {
    const budget = new WrapBudget(40, 10_000);
    budget.observe(45, 10, 2_000); // 55 ms after 2,000
    expect(budget.size).toBeLessThan(2_000);
  });

  it('grows while the slices take their whole allowance and frames are cheap', () => {
    const budget = new WrapBudget(40, 4_000);
    budget.observe(15, 3, 4_000);
    expect(budget.size).toBe(5_000);
  });
});

describe("WrapBudget: the slice's own time", () => {
  it('leaves room for the rest of the latest frames under a long frame, before any floor is known', () => {
    const budget = new WrapBudget(40, 4_000);
    budget.observe(38, 12, 4_000); // 50 ms: 38 of it the wait and the rendering
    expect(budget.sliceMs(20)).toBe(4);
    // On a fast page the caller's cap holds.
    const fast = new WrapBudget(40, 4_000);
    fast.observe(10, 5, 4_000);
    expect(fast.sliceMs(20)).toBe(20);
  });
});
