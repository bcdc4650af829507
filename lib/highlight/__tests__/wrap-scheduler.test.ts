import { WrapBudget } from '../wrap-budget';
import { WrapScheduler } from '../wrap-scheduler';
import type { WrapJob } from '../wrap';
import { wrapJobOf } from './wrap-job';

/** The frame time of a 60 Hz screen, in ms: a fling scrolls once a frame. */
const FRAME_MS = 16;

/**
 * A window around the test's document with a 60 Hz frame clock on the fake timers and a
 * scheduler that runs tasks at once (as in slices.test.ts).
 */
function fakeWindow(): Window & typeof globalThis {
  return {
    document,
    AbortController,
    requestAnimationFrame: (cb: FrameRequestCallback) => setTimeout(() => cb(Date.now()), FRAME_MS),
    setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    scheduler: { postTask: (cb: () => void) => Promise.resolve().then(cb) },
    performance: { now: () => Date.now() },
  } as unknown as Window & typeof globalThis;
}

/** A scheduler whose wrapping slices are logged with their start time (ms on the fake clock). */
function scheduler() {
  let stopped = false;
  const slices: number[] = [];
  const wrapper = new WrapScheduler(fakeWindow(), {
    stopped: () => stopped,
    beforeChange: () => slices.push(Date.now()),
    afterChange: () => {},
  });
  return { wrapper, slices, setStopped: (value: boolean) => (stopped = value) };
}

/** One paragraph's text, to be wrapped in one slice (a wrap that is not a first screen). */
function job(): WrapJob {
  const p = document.createElement('p');
  p.textContent = 'Take imatinib daily.';
  document.body.append(p);
  return wrapJobOf([p.firstChild as Text]);
}

const scroll = () => document.dispatchEvent(new Event('scroll'));

/**
 * A wrap run to its end: its slice after a frame, then the frame that shows it (the clock moves
 * two frames).
 */
async function wrapped(wrapper: WrapScheduler): Promise<void> {
  const done = wrapper.wrap(job(), false);
  await vi.advanceTimersByTimeAsync(2 * FRAME_MS);
  await done;
}

/** Scrolls once a frame (a fling, a dragged scrollbar) for `ms`. */
async function fling(ms: number): Promise<void> {
  for (let t = 0; t < ms; t += FRAME_MS) {
    scroll();
    await vi.advanceTimersByTimeAsync(FRAME_MS);
  }
}

describe('WrapScheduler: wrapping slices and a continuous scroll', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('waits for a fling to pause, then wraps within a couple of frames', async () => {
    const { wrapper, slices } = scheduler();
    await wrapped(wrapper); // the first wrap starts listening for scrolls
    slices.length = 0;
    await fling(3 * FRAME_MS);
    const started = Date.now();
    const done = wrapper.wrap(job(), false);
    await fling(200);
    expect(slices).toEqual([]);
    const pause = Date.now();
    await vi.advanceTimersByTimeAsync(100);
    await done;
    expect(slices).toHaveLength(1);
    expect(slices[0]! - started).toBeGreaterThanOrEqual(200);
    expect(slices[0]! - pause).toBeLessThanOrEqual(40 + 2 * FRAME_MS);
  });

  it('waits at most 400 ms, even if the scrolling never stops', async () => {
    const { wrapper, slices } = scheduler();
    await wrapped(wrapper);
    slices.length = 0;
    await fling(3 * FRAME_MS);
    const started = Date.now();
    void wrapper.wrap(job(), false);
    await fling(1000);
    expect(slices).toHaveLength(1);
    expect(slices[0]! - started).toBeGreaterThanOrEqual(400);
    expect(slices[0]! - started).toBeLessThanOrEqual(400 + 2 * FRAME_MS);
  });

  it('keeps its slices short while that scroll goes on, and back to full once it stops', async () => {
    // The frame scrolls and shows new content too: slices of 15-18 ms made 56-62 ms frames in a
    // fling at 4x CPU.
    const caps = vi.spyOn(WrapBudget.prototype, 'sliceMs');
    const { wrapper } = scheduler();
    await wrapped(wrapper);
    caps.mockClear();
    await fling(3 * FRAME_MS);
    void wrapper.wrap(job(), false);
    await fling(600);
    expect(caps).toHaveBeenCalledTimes(1);
    expect(caps.mock.calls[0]![0]).toBeLessThanOrEqual(5);
    caps.mockClear();
    await vi.advanceTimersByTimeAsync(200);
    await wrapped(wrapper);
    expect(caps.mock.calls.map(([cap]) => cap)).toEqual([20]);
    caps.mockRestore();
  });

  it.each([
    ['one scroll (a jump, an in-page link)', [0]],
    ['a skim (a screen a second)', [0, 1000, 2000]],
  ])('does not wait after %s (beyond the next frame)', async (_name, at) => {
    const { wrapper, slices } = scheduler();
    await wrapped(wrapper);
    slices.length = 0;
    for (const [i, t] of at.entries()) {
      await vi.advanceTimersByTimeAsync(t - (at[i - 1] ?? t));
      scroll();
    }
    const started = Date.now();
    void wrapper.wrap(job(), false);
    await vi.advanceTimersByTimeAsync(FRAME_MS);
    expect(slices).toHaveLength(1);
    expect(slices[0]! - started).toBeLessThanOrEqual(FRAME_MS);
  });

  it('runs one slice of ours per frame, wrapping or reading, each right after a frame', async () => {
    // A frame is its tasks and its rendering (Long Animation Frames): on a phone-class CPU,
    // slices of ours queued one after the other before a frame made it 80-120 ms.
    const win = fakeWindow();
    /** The frame each slice ran after (the fake frames fire every FRAME_MS from 0). */
    const frames: number[] = [];
    const at = () => frames.push(Math.floor(Date.now() / FRAME_MS));
    const wrapper = new WrapScheduler(win, {
      stopped: () => false,
      beforeChange: at,
      afterChange: () => {},
    });
    const jobs = [job(), job(), job()];
    const nodes = jobs.flatMap((j) => j.nodes);
    let reads = 0;
    const reading = wrapper.inSlices('collect', () => (at(), ++reads === 3));
    const wrapping = wrapper.wrap(wrapJobOf(nodes), false);
    await vi.advanceTimersByTimeAsync(0);
    expect(frames).toEqual([]); // not before a frame
    await vi.advanceTimersByTimeAsync(20 * FRAME_MS);
    await Promise.all([reading, wrapping]);
    expect(reads).toBe(3);
    expect(frames.length).toBeGreaterThanOrEqual(4); // 3 reads, the wrap in 1 to 3 slices
    expect(new Set(frames).size).toBe(frames.length);
  });

  it('waits for a fling again after highlighting stopped (a scroll came) and started again', async () => {
    const { wrapper, slices, setStopped } = scheduler();
    await wrapped(wrapper);
    await fling(3 * FRAME_MS);
    setStopped(true); // the site switched off: the next scroll drops the listener
    scroll();
    await vi.advanceTimersByTimeAsync(1000);
    setStopped(false); // and on again (Highlighter.start), same scheduler
    await wrapped(wrapper); // listens again
    slices.length = 0;
    await fling(3 * FRAME_MS);
    const started = Date.now();
    void wrapper.wrap(job(), false);
    await fling(200);
    expect(slices).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(slices).toHaveLength(1);
    expect(slices[0]! - started).toBeGreaterThanOrEqual(200);
  });
});

describe('WrapScheduler: what the budget learns', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it("times the frame that shows a slice from the slice's start, as Long Animation Frames do", async () => {
    // What runs between the slice and our frame callback (the page's own frame callbacks, the
    // wait for the frame) is part of that frame: timed from our callback on, it was left out.
    const observe = vi.spyOn(WrapBudget.prototype, 'observe');
    const { wrapper } = scheduler();
    await wrapped(wrapper);
    expect(observe).toHaveBeenCalledTimes(1);
    const [renderMs, sliceMs = 0] = observe.mock.calls[0]!;
    expect(renderMs + sliceMs).toBeGreaterThanOrEqual(FRAME_MS);
  });
});

describe('WrapScheduler.wrap now', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('gives only its first slice the time asked for; what is left goes by the budget', async () => {
    // Each term costs 1 ms to wrap. The first screen's slice may take 40 ms, in the page's first
    // frame; a slice after that frame must not (a 26 ms one made a 93 ms frame at 4x CPU).
    const nodes = Array.from({ length: 100 }, (_, i) => {
      const p = document.createElement('p');
      p.textContent = `Dose ${i}: imatinib.`;
      document.body.append(p);
      return p.firstChild as Text;
    });
    const job = wrapJobOf(nodes);
    const { accept } = job.finder;
    job.finder = {
      regex: job.finder.regex,
      accept: (text, start, end) => {
        vi.setSystemTime(Date.now() + 1);
        return accept(text, start, end);
      },
    };
    const slices: { nodes: number; ms: number }[] = [];
    const wrapper = new WrapScheduler(fakeWindow(), {
      stopped: () => false,
      beforeChange: () => {},
      afterChange: () => {},
      onSlice: ({ nodes = 0, ms }) => slices.push({ nodes, ms }),
    });
    // Slice deadlines read the global clock: it follows the fake one.
    const now = vi.spyOn(performance, 'now').mockImplementation(() => Date.now());
    try {
      const done = wrapper.wrap(job, 40);
      await vi.advanceTimersByTimeAsync(20 * FRAME_MS);
      await done;
    } finally {
      now.mockRestore();
    }
    expect(document.querySelectorAll('tl-term')).toHaveLength(100);
    expect(slices[0]!.ms).toBeGreaterThan(20);
    expect(slices.slice(1).length).toBeGreaterThan(0);
    // 20 ms at most, and one mark.js call over (40 before).
    for (const slice of slices.slice(1)) expect(slice.ms).toBeLessThan(30);
  });
});
