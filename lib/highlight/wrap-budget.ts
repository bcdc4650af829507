/**
 * How much text one wrapping slice may take. The browser lays out, in the frame after the slice,
 * every paragraph the slice changed (the longer, the dearer), and that frame is a task too: on a
 * 2 MB page about 20 ms of fixed work plus 0.1-0.3 ms per paragraph. A time budget for our script
 * alone let those frames reach 115 ms. So the amount follows the measured frames, to keep them
 * near a target: up while they are cheap (small pages never notice), down when they run long.
 */
export class WrapBudget {
  /** Characters of text nodes allowed in the next slice. */
  chars: number;

  constructor(
    /** Rendering time to aim each frame at, in ms (the frame's task has a few more). */
    private readonly targetMs = 32,
    initial = 8_000,
    private readonly min = 1_000,
    private readonly max = 1_000_000,
  ) {
    this.chars = initial;
  }

  /**
   * Takes the rendering time of the frame after a slice that took `chars` characters, and the
   * slice's own time: the frame is both (a Long Animation Frame counts from the slice's start).
   */
  observe(renderMs: number, sliceMs = 0): void {
    if (!Number.isFinite(renderMs)) return; // no frame (a hidden tab): nothing learned
    // Grows slowly (an overshoot is a long frame), shrinks fast.
    const frameMs = Math.max(renderMs + sliceMs, 1);
    const factor = Math.min(1.25, Math.max(0.5, this.targetMs / frameMs));
    this.chars = Math.round(Math.min(this.max, Math.max(this.min, this.chars * factor)));
  }
}
