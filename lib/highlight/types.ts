import type { PainterLoader } from '../card-ui/publish';
import type { HighlightStyle } from './style';
import type { SliceReport } from './wrap-scheduler';

/** What the highlighter needs from the term matcher. */
export interface TermFinder {
  /** One combined, global expression over all surface forms. */
  readonly regex: RegExp;
  /** The glossary id for text[start, end), or null when a guard rejects that match. */
  accept(text: string, start: number, end: number): string | null;
}

/** Called for each new highlight, with whether it is the first mention of its term on the page. */
type OnHighlight = (element: HTMLElement, id: string, first: boolean) => void;

/** The steps of a highlighting pass, reported to HighlighterOptions.onPhase as they end. */
type HighlightPhase = 'first-screen' | 'collected' | 'done';

export interface HighlighterOptions {
  finder: TermFinder;
  /** Which ids to highlight (categories the reader turned off return false). */
  keep?: (id: string) => boolean;
  firstMentionOnly?: boolean;
  /** CSS selector: only text inside a matching element is highlighted (the embed's data-scope). */
  scope?: string;
  style?: HighlightStyle;
  /** Each new highlight, with whether it is the first mention of its term. */
  onWrapped?: OnHighlight;
  /** Longest stretch of work before giving the main thread back (wrapping gets 1.5 times it). */
  sliceMs?: number;
  /** Wait after the last page mutation before rescanning. */
  debounceMs?: number;
  /** Longest wait after the first of a run of page mutations (see debounce.ts). */
  maxWaitMs?: number;
  /**
   * Wrap only the text on and near the screen, the rest as the reader gets there (see
   * reader-pace.ts). Default: wherever the browser has IntersectionObserver.
   */
  pace?: boolean;
  /**
   * Paint giant text nodes (over PAINT_CHARS) with the CSS Custom Highlight API instead of
   * wrapping them (see paint.ts). Default: where the browser has the API, pacing is on and
   * `loadPainter` is given.
   */
  paint?: boolean;
  /**
   * Gives the painter's class, loaded when the first giant text node is met (the extension
   * injects it with the card UI; see lib/card-ui/publish.ts). Without it nothing is painted.
   */
  loadPainter?: PainterLoader;
  /** Each slice of work, as it ends (the benchmark's breakdown). */
  onSlice?: (slice: SliceReport) => void;
  /** Each step of the document's first pass, as it ends. */
  onPhase?: (phase: HighlightPhase) => void;
}
