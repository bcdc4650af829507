/** The timer functions a Debounce uses (a window's, or fakes in tests). */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

/**
 * Runs `action` once changes have paused for `waitMs`, but never later than `maxWaitMs` after the
 * first change of a run: a page that never stops changing (a clock, a live counter) would
 * otherwise put it off forever.
 */
export class Debounce {
  private timer: unknown;
  private since: number | undefined;

  constructor(
    private readonly action: () => void,
    private readonly waitMs: number,
    private readonly maxWaitMs: number,
    private readonly timers: Timers,
  ) {}

  /** A change happened. */
  poke(): void {
    const now = this.timers.now();
    this.since ??= now;
    const wait = Math.max(0, Math.min(this.waitMs, this.since + this.maxWaitMs - now));
    this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => {
      this.since = undefined;
      this.action();
    }, wait);
  }

  cancel(): void {
    this.timers.clearTimeout(this.timer);
    this.since = undefined;
  }
}
