import { afterNextFrame, sliceDeadline } from './slices';
import { wrapTextNodes, type WrapJob } from './wrap';
import { WrapBudget } from './wrap-budget';
import { benchSpan } from '../bench-marks';

/** What one slice of our work was, for the benchmark's breakdown (HighlighterOptions.onSlice). */
export interface SliceReport {
  /**
   * collect: walking text for terms; layout: the flex/grid check; scan: listing the terms of
   * what was collected; wrap: mark.js wrapping.
   */
  kind: 'collect' | 'layout' | 'scan' | 'wrap';
  /** The slice's own time on the main thread. */
  ms: number;
  /** Wrap slices: how many text nodes they dealt with. */
  nodes?: number;
}

/**
 * Work per task, for passes that only read the page. A garbage collection or one call running
 * over can add 20 ms to a slice, and no task of ours may pass 50 ms.
 */
export const SLICE_MS = 20;

/**
 * Longest wrapping task. The node count per slice is what keeps the frames after it short (see
 * wrap-budget.ts); this caps our own part, leaving room for a garbage collection.
 */
const WRAP_SLICE_MS = 20;

/** What a wrapping slice and the frame after it may take together (a long frame is over 50). */
const FRAME_TARGET_MS = 40;

/**
 * Longest a wrapping slice waits for a continuous scroll to pause (ScrollWatch): the text near
 * the screen still gets wrapped while a reader scrolls on and on.
 */
const SCROLL_WAIT_MS = 400;

/**
 * Longest a wrapping slice runs when it stopped waiting for a scroll that goes on. That frame
 * scrolls and shows new content too: on a CPU slowed 4x, slices of 15-18 ms in a fling made
 * frames of 56-62 ms (the page alone's were under 50).
 */
const SCROLLING_SLICE_MS = 5;

export interface WrapSchedulerOptions {
  /** Longest stretch of work before giving the main thread back (wrapping gets 1.5 times it). */
  sliceMs?: number;
  /** Whether highlighting was stopped (every wait checks it). */
  stopped: () => boolean;
  /** Around each change we make: keep the page's own mutation records, drop ours. */
  beforeChange: () => void;
  afterChange: () => void;
  /** Right after a frame between two wrapping slices, when reading style costs nothing. */
  afterFrame?: () => void;
  onSlice?: (slice: SliceReport) => void;
}

/**
 * When our work runs: read-only passes in slices of a fixed time, wrapping one slice per frame,
 * each slice sized by how long the frames after the previous ones took (WrapBudget).
 */
export class WrapScheduler {
  /** Shared by every wrap: what the frames after earlier slices taught holds for later ones. */
  private readonly budget = new WrapBudget(FRAME_TARGET_MS);
  /** When the last scroll events came (see scrollPause); null until the first wrap listens. */
  private scrolls: number[] | null = null;
  /** The frame taken by our latest slice (see slot). */
  private slots: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly options: WrapSchedulerOptions,
  ) {}

  /**
   * Resolves in the task after a frame that no other slice of ours has had: one task of ours per
   * frame. A frame is its tasks and its rendering (Long Animation Frames), and while one is
   * pending the browser runs queued tasks first: on a CPU slowed 4x, a layout check, a term scan
   * and a wrapping slice queued one after the other before the frame that showed the change made
   * it 80-120 ms. Resolves with how long that frame's rendering took (see afterNextFrame).
   */
  slot(): Promise<number> {
    const mine = this.slots.then(() => afterNextFrame(this.win));
    this.slots = mine;
    return mine;
  }

  /**
   * Runs `step` in tasks of about the slice budget until it reports that it is done, starting in
   * a fresh task (so the end of one pass and the start of the next never share a task). Resolves
   * false when highlighting was stopped on the way.
   */
  async inSlices(
    kind: Exclude<SliceReport['kind'], 'wrap'>,
    step: (timeUp: () => boolean) => boolean,
  ): Promise<boolean> {
    const sliceMs = this.options.sliceMs ?? SLICE_MS;
    const { performance } = this.win;
    for (;;) {
      await this.slot();
      if (this.options.stopped()) return false;
      const started = performance.now();
      const done = step(sliceDeadline(sliceMs));
      this.options.onSlice?.({ kind, ms: performance.now() - started });
      benchSpan(kind, started, this.win);
      if (done) return true;
    }
  }

  /** Runs `step` once, now (a first screen's worth), reporting it as a slice of `kind`. */
  now<T>(kind: 'collect' | 'layout', step: () => T): T {
    const started = this.win.performance.now();
    const result = step();
    this.options.onSlice?.({ kind, ms: this.win.performance.now() - started });
    benchSpan(kind, started, this.win);
    return result;
  }

  /**
   * Resolves once the reader is not in a continuous scroll (a fling, a finger or scrollbar
   * dragging the page: scroll events frame after frame, 3 within 120 ms, the last within 40),
   * or after SCROLL_WAIT_MS. A frame that scrolls already costs the page's rendering of new
   * content: a wrapping slice in it took the 2 MB page's fling frames just over 50 ms. One scroll
   * (a screen at a time, a jump, an in-page link) is not continuous. Resolves true when the
   * scroll still goes on.
   */
  private async scrollPause(): Promise<boolean> {
    const { win } = this;
    const { performance } = win;
    if (!this.scrolls) {
      const times: number[] = (this.scrolls = []);
      const listening = new win.AbortController();
      // Captured: scrolling inside an element does not bubble.
      win.document.addEventListener(
        'scroll',
        () => {
          if (this.options.stopped()) {
            // Stopped (a site switched off): listen again when wrapping starts again.
            listening.abort();
            this.scrolls = null;
            return;
          }
          if (times.push(performance.now()) > 3) times.shift();
        },
        { capture: true, passive: true, signal: listening.signal },
      );
    }
    const times = this.scrolls;
    const started = performance.now();
    const scrolling = (now: number) =>
      times.length >= 3 && now - times[2]! <= 40 && now - times[0]! <= 120;
    for (let now = started; now - started < SCROLL_WAIT_MS; now = performance.now()) {
      if (!scrolling(now)) return false;
      if (Number.isNaN(await afterNextFrame(win))) return false; // no frames: nothing to wait for
    }
    return scrolling(performance.now());
  }

  /**
   * Wraps `job.nodes`: when `now` (the next frame is to show them), in this task for up to `now`
   * ms, and what is left one slice per frame after that frame; else one slice per frame.
   * Resolves when done or stopped.
   */
  async wrap(job: WrapJob, now: number | false): Promise<void> {
    const atOnce = now !== false;
    const { nodes } = job;
    const { performance } = this.win;
    // One slice per frame: each frame then lays out only what one slice changed, and its
    // rendering time tells how much the next slice may take.
    const { budget } = this;
    const sliceMs = (this.options.sliceMs ?? SLICE_MS) * (WRAP_SLICE_MS / SLICE_MS);
    // Slices after the first have their frame already: the one that showed the slice before.
    let slotted = false;
    for (let next = 0; next < nodes.length;) {
      let scrolling = false;
      if (!atOnce) {
        scrolling = await this.scrollPause();
        if (!slotted) await this.slot();
      }
      if (this.options.stopped()) return;
      this.options.beforeChange(); // page mutations queued so far are processed, not lost
      // A first screen's first slice takes the time asked for: the next frame is to show it.
      // What it leaves goes by the budget, in frames that are not the page's first.
      const first = atOnce && next === 0;
      const started = performance.now();
      const from = next;
      const deadline = sliceDeadline(
        first ? now : budget.sliceMs(scrolling ? SCROLLING_SLICE_MS : sliceMs),
      );
      const done = wrapTextNodes(job, next, deadline, first ? Infinity : budget.size);
      next = done.next;
      const wrapMs = performance.now() - started;
      job.done?.(from, next);
      this.options.afterChange();
      this.options.onSlice?.({ kind: 'wrap', ms: wrapMs, nodes: next - from });
      benchSpan('wrap', started, this.win);
      if (atOnce && next >= nodes.length) return;
      // The frame that shows the slice, as Long Animation Frames count it: from the slice's
      // start to the task after its rendering. Timed from our own frame callback instead, it
      // left out what ran before that callback in the frame (the page's frame callbacks, which a
      // scroll made lay out our change: 45 ms counted, 54 ms long on a CPU slowed 4x).
      const shown = afterNextFrame(this.win).then((renderMs) =>
        Number.isNaN(renderMs) ? NaN : performance.now() - started,
      );
      // The task after that frame (the next slot is ours): style is fresh, and the frame's
      // length tells how much the next slice may take.
      await (atOnce ? shown : this.slot());
      slotted = !atOnce;
      this.options.afterFrame?.();
      budget.observe((await shown) - wrapMs, wrapMs, done.size);
    }
  }
}
