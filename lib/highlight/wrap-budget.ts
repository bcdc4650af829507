/**
 * How much text one wrapping slice may take, as a size: its characters plus NODE_SIZE for each
 * text node (wrap.ts). The browser lays out, in the frame after the slice, every paragraph the
 * slice changed (the longer, the dearer), and that frame is a task too: on a 2 MB page about
 * 20 ms of fixed work plus 0.1-0.3 ms per paragraph. A time budget for our script alone let
 * those frames reach 115 ms. So the size follows the measured frames, to keep them near a
 * target: up while they are cheap (small pages never notice), down when they run long.
 */

/** Our part of a frame, above the page's own floor, when the floor alone nears the target. */
const HEADROOM_MS = 14;
/**
 * Frames are aimed under a long one (50 ms) by this much wherever the floor leaves our least
 * part room under that: frames after slices of one size vary by a few ms.
 */
const UNDER_LONG_MS = 42;
/** The least of our own time in a frame worth aiming for (less, and it aims above the floor). */
const LEAST_OWN_MS = 4;
/** How far under the predicted size for the target a fast-growing slice stays. */
const SAFETY = 0.8;
/** Frames remembered to estimate the page's floor. */
const HISTORY = 12;
/** Frames whose rest (all but the slice) bounds the next slice's own time. */
const RESTS = 3;

export class WrapBudget {
  /** The size allowed in the next slice. */
  size: number;
  /** Recent frames: [the slice's size, the whole frame in ms]. */
  private readonly history: [number, number][] = [];
  /**
   * What the latest frames took besides the slice itself (the wait for the frame, the page's
   * frame callbacks, the rendering of our change), newest last (see sliceMs).
   */
  private readonly rests: number[] = [];
  /** The latest estimates of the page's floor and cost per unit of size (see estimate). */
  private floor = 0;
  private slope = 0;

  constructor(
    /** Rendering time to aim each frame at, in ms (the frame's task has a few more). */
    private readonly targetMs = 32,
    initial = 4_000,
    private readonly min = 1_000,
    private readonly max = 1_000_000,
  ) {
    this.size = initial;
  }

  /**
   * Takes the rendering time of the frame after a slice, the slice's own time (the frame is both:
   * a Long Animation Frame counts from the slice's start) and the size it took (`used`, the whole
   * allowance by default). Most slices end with their round, well under the allowance.
   */
  observe(renderMs: number, sliceMs = 0, used = this.size): void {
    if (!Number.isFinite(renderMs)) return; // no frame (a hidden tab): nothing learned
    const frameMs = Math.max(renderMs + sliceMs, 1);
    this.history.push([used, frameMs]);
    this.rests.push(renderMs);
    if (this.rests.length > RESTS) this.rests.shift();
    if (this.history.length > HISTORY) this.history.shift();
    this.estimate();
    const targetMs = this.frameTarget();
    const ratio = targetMs / frameMs;
    // Shrinks fast, from what the slice took; grows slowly (an overshoot is a long frame), and
    // only after a slice that took its allowance: a cheap frame after a small round says nothing
    // of a larger one (an allowance grown so to 11,000 while rounds took 2,000 made a 55 ms frame
    // at 4x CPU when a jump brought a large round)...
    let next =
      ratio < 1
        ? Math.min(used, this.size) * Math.max(0.5, ratio)
        : used < this.size * 0.8
          ? this.size
          : this.size * Math.min(1.25, ratio);
    // ...unless the recent frames tell what a frame of each size costs: then it goes, at most to
    // twice the size tried, to a little under the size they predict for the target. (A 300 kB
    // page took ten slices growing by a quarter each, each with its frame, where three would do.)
    if (frameMs < targetMs && this.slope > 0) {
      const predicted = (SAFETY * (targetMs - this.floor)) / this.slope;
      next = Math.max(next, Math.min(predicted, Math.max(used * 2, this.size)));
    }
    this.size = Math.round(Math.min(this.max, Math.max(this.min, next)));
  }

  /**
   * How long the next slice itself may run, within [LEAST_OWN_MS, `capMs`]: what the frame
   * target leaves above the page's floor, and what a frame under UNDER_LONG_MS leaves beside
   * the longest rest of the latest frames (on a CPU slowed 4x the rest was 30-47 ms, and slices
   * of 15-22 ms made frames of 52-84 ms while the floor was not known yet).
   */
  sliceMs(capMs: number): number {
    const rest = this.rests.length ? Math.max(...this.rests) : 0;
    const room = Math.min(this.frameTarget() - this.floor, UNDER_LONG_MS - rest);
    return Math.min(capMs, Math.max(LEAST_OWN_MS, room));
  }

  /**
   * What to aim a frame at. A page whose rendering has a high floor also varies more from frame
   * to frame: aim lower, by half the floor, but never needlessly under UNDER_LONG_MS. Where the
   * floor leaves room for our least part under that, stay there: on a CPU slowed 4x the bench
   * page's floor is 30-40 ms, and aiming at the floor plus HEADROOM_MS made frames of 44-54 ms.
   * Where it does not, every frame that shows a highlight is long whatever the slice: smaller
   * slices would only make more of them. Then aim a little above the floor.
   */
  private frameTarget(): number {
    const { floor } = this;
    if (floor + LEAST_OWN_MS > UNDER_LONG_MS) return floor + HEADROOM_MS;
    return Math.max(this.targetMs - floor / 2, Math.min(UNDER_LONG_MS, floor + HEADROOM_MS));
  }

  /**
   * Updates `floor` (what a frame costs with no text wrapped) and `slope` (the cost per unit of
   * size): a straight line through the recent frames by slice size (least squares), the
   * floor within [0, the cheapest of them]. Both keep their previous values while the slice
   * sizes are too alike to tell (0 at first).
   */
  private estimate(): void {
    const n = this.history.length;
    if (n < 3) return;
    let sx = 0;
    let sy = 0;
    for (const [x, y] of this.history) {
      sx += x;
      sy += y;
    }
    const mx = sx / n;
    const my = sy / n;
    let sxx = 0;
    let sxy = 0;
    for (const [x, y] of this.history) {
      sxx += (x - mx) ** 2;
      sxy += (x - mx) * (y - my);
    }
    // Sizes within a few percent of each other say nothing about the cost per unit.
    if (sxx < (0.05 * mx) ** 2 * n) return;
    this.slope = Math.max(0, sxy / sxx);
    const cheapest = Math.min(...this.history.map(([, y]) => y));
    this.floor = Math.min(cheapest, Math.max(0, my - this.slope * mx));
  }
}
