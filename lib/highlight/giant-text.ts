import type { PainterLoader } from '../card-ui/publish';
import { PAINT_CHARS, type Painter, type PainterOptions } from './paint';

export interface GiantTextOptions {
  /** Gives the painter's class (see HighlighterOptions.loadPainter). */
  load: PainterLoader;
  /** What the painter is made with, but its stop check (this run's, see stop()). */
  painter: Omit<PainterOptions, 'stopped'>;
  /** Whether highlighting stopped. */
  stopped: () => boolean;
  /** A giant node that cannot be painted (no painter): it is wrapped instead, at the reader's pace. */
  unpainted: (node: Text, ids: string[]) => void;
}

/**
 * One highlighting run's giant text nodes (over PAINT_CHARS): painted one after the other by a
 * painter whose class is loaded when the first of them is met (see paint.ts and
 * lib/card-ui/publish.ts), or handed back to be wrapped when it cannot be had.
 */
export class GiantText {
  private painter: Painter | null = null;
  private ready: Promise<Painter | null> | null = null;
  /** The chain of giant text nodes being painted, one after the other. */
  private painting: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly doc: Document,
    private readonly options: GiantTextOptions,
  ) {}

  /** Whether `node` is giant: painted, not wrapped, and claiming no keyboard stop. */
  takes(node: Text): boolean {
    return node.data.length > PAINT_CHARS;
  }

  /**
   * Starts loading the painter before the full pass reaches a giant node: the first screen met
   * one it may not cut (the page is laid out), so its terms wait for the painter.
   */
  prepare(): void {
    void this.getPainter();
  }

  /** Paints `node` (whose terms are `ids`) after the giant nodes before it. */
  add(node: Text, ids: string[]): void {
    this.painting = this.painting.then(() => this.paint(node, ids));
  }

  /** Wraps the painted first mentions (see Painter.wrapFirsts). */
  wrapFirsts(): void {
    this.painter?.wrapFirsts();
  }

  /** The id of every painted match (the popup's counts). */
  ids(): string[] {
    return this.painter?.ids() ?? [];
  }

  stop(): void {
    this.stopped = true;
    this.painter?.stop();
    this.painter = null;
  }

  /** Whether this run is over (stopped here, or highlighting stopped). */
  private over(): boolean {
    return this.stopped || this.options.stopped();
  }

  private async paint(node: Text, ids: string[]): Promise<void> {
    const painter = await this.getPainter();
    if (this.over() || !node.isConnected) return;
    if (painter) return painter.add(node);
    this.options.unpainted(node, ids);
  }

  /** The painter, its class loaded on first use. */
  private getPainter(): Promise<Painter | null> {
    this.ready ??= this.options.load().then(
      (PainterClass) => {
        // Stopped while it loaded: a new run has its own.
        if (!PainterClass || this.over()) return null;
        this.painter = new PainterClass(this.doc, {
          ...this.options.painter,
          stopped: () => this.over(),
        });
        return this.painter;
      },
      (err: unknown) => {
        console.warn('[Termlight] could not load the painter; wrapping instead:', err);
        return null;
      },
    );
    return this.ready;
  }
}
