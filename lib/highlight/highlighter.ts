import { TextNodeCollector, type ScanRoot } from './collect';
import { TERM_TAG } from './skip-rules';
import { collectFirstScreen } from './first-screen';
import { LayoutFilter } from './layout-filter';
import { cutHeadInPlace, LONG_TEXT_CHARS, rejoinParts } from './long-text';
import { LiveRescans } from './live-rescans';
import { afterNextFrame, sliceDeadline } from './slices';
import { applyHighlightCss, highlightCss, removeHighlightCss, type HighlightStyle } from './style';
import type { TermFinder } from './types';
import { unhighlightInSlices } from './unwrap';
import { SLICE_MS, WrapScheduler, type SliceReport } from './wrap-scheduler';
import { warmUpRegex } from './warm-up';
import { hasRendered } from './first-frame';

export type { SliceReport } from './wrap-scheduler';

/** Called for each new highlight, with whether it is the first mention of its term on the page. */
export type OnHighlight = (element: HTMLElement, id: string, first: boolean) => void;

/** The steps of a highlighting pass, reported to HighlighterOptions.onPhase as they end. */
export type HighlightPhase = 'first-screen' | 'collected' | 'done';

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
  /** Each slice of work, as it ends (the benchmark's breakdown). */
  onSlice?: (slice: SliceReport) => void;
  /** Each step of the document's first pass, as it ends. */
  onPhase?: (phase: HighlightPhase) => void;
}

/**
 * Text looked at for the top of a page before its first layout: more than a large screen shows
 * (a 1280x800 one shows about 4,000 characters), little enough for one short task.
 */
const FIRST_SCREEN_CHARS = 12_000;

const DEBOUNCE_MS = 150;
const MAX_WAIT_MS = 500;

/**
 * Highlights glossary terms in a document and its open shadow roots, keeps up with page changes,
 * and removes every trace on `stop()`. This module decides what is done in which order; the
 * parts live beside it: live-rescans.ts (page changes), wrap-scheduler.ts (slices and frames),
 * wrap.ts (mark.js).
 */
export class Highlighter {
  private readonly roots = new Set<Document | ShadowRoot>();
  private readonly seen = new Set<string>();
  /** Long text nodes cut in place at the first screen (see cutHeadInPlace), joined on stop(). */
  private readonly cuts: Text[][] = [];
  private readonly live: LiveRescans;
  private readonly scheduler: WrapScheduler;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly win: Window & typeof globalThis;

  constructor(
    private readonly doc: Document,
    private options: HighlighterOptions,
  ) {
    this.win = doc.defaultView as Window & typeof globalThis;
    this.live = new LiveRescans(this.win, {
      debounceMs: options.debounceMs ?? DEBOUNCE_MS,
      maxWaitMs: options.maxWaitMs ?? MAX_WAIT_MS,
      onChanges: () => void this.enqueue(() => this.rescanChanges()),
    });
    this.scheduler = new WrapScheduler(this.win, {
      sliceMs: options.sliceMs,
      stopped: () => this.stopped,
      beforeChange: () => this.live.takeOwnRecords(),
      afterChange: () => this.live.discardOwnRecords(),
      onSlice: options.onSlice,
    });
  }

  /**
   * Highlights the whole document, then watches it. Resolves when the first pass is complete.
   * Started while the page is still parsed (the content script runs at document_start), it
   * prepares what it can and highlights from DOMContentLoaded on.
   */
  start(): Promise<void> {
    this.stopped = false;
    if (this.doc.readyState !== 'loading') this.attach(this.doc);
    void this.enqueue(() => this.warmUp());
    return this.enqueue(() => this.highlightDocument());
  }

  /**
   * What the reader sees first is done first. As soon as the page is parsed, before its first
   * full layout: the text at the top of the page, found without reading layout and wrapped in
   * the same task, so the first frame shows it highlighted. After that frame: the rest of the
   * screen, found by its boxes (a long first screen, or a page opened scrolled). Then the whole
   * document as usual, leaving out what the first screen dealt with.
   */
  private async highlightDocument(): Promise<void> {
    await parsed(this.doc);
    if (this.stopped) return;
    this.attach(this.doc); // from here on, changes are the page's, not its parsing
    const done = new Set<Node>();
    await this.wrapFirstScreen(done, FIRST_SCREEN_CHARS);
    await afterNextFrame(this.win);
    if (this.stopped) return;
    // First mentions go in document order: on a page opened scrolled, the screen waits its turn.
    if (!this.options.firstMentionOnly || this.win.scrollY <= 0) await this.wrapFirstScreen(done);
    this.options.onPhase?.('first-screen');
    await this.highlightRoot(this.doc, done);
    this.options.onPhase?.('done');
  }

  /**
   * One step of the first screen (see collectFirstScreen); adds what it dealt with to `done`.
   * Long text nodes: before the first layout (`maxChars`), their top is cut off in place and
   * wrapped; after it, they are left to the full pass, which wraps them off the page (any change
   * to a long paragraph then makes the browser lay all of it out again).
   */
  private async wrapFirstScreen(done: Set<Node>, maxChars?: number): Promise<void> {
    const timeUp = sliceDeadline(this.options.sliceMs ?? SLICE_MS);
    const { finder } = this.options;
    let nodes = this.scheduler.now('collect', () =>
      collectFirstScreen(this.doc, finder, timeUp, { maxChars, done }),
    );
    if (nodes.some((n) => n.data.length > LONG_TEXT_CHARS)) {
      // Once the page has been rendered, a cut is a change like any other.
      if (maxChars === undefined || hasRendered(this.win)) {
        nodes = nodes.filter((n) => n.data.length <= LONG_TEXT_CHARS);
      } else {
        this.live.takeOwnRecords(); // the page's changes so far are kept; our cuts are not changes
        nodes = nodes.flatMap((n) => {
          if (n.data.length <= LONG_TEXT_CHARS) return [n];
          const parts = cutHeadInPlace(n, finder, maxChars);
          if (parts.length > 1) this.cuts.push(parts);
          return parts.filter((part) => part.data.length <= LONG_TEXT_CHARS);
        });
        this.live.discardOwnRecords();
      }
    }
    for (const node of [...nodes, ...(await this.wrapFound(nodes, true))]) done.add(node);
  }

  /** The regex's first use, out of the first scan (see warmUpRegex). */
  private warmUp(): Promise<void> {
    return warmUpRegex(this.options.finder.regex, this.win);
  }

  /**
   * Stops watching and removes every highlight and stylesheet. The styles go at once (the terms
   * look like plain text from then on); the elements are unwrapped in slices, because ten
   * thousand of them take longer than one short task. Resolves when the page is restored.
   */
  stop(): Promise<void> {
    this.stopped = true;
    this.live.stop();
    const roots = [...this.roots];
    this.roots.clear();
    this.seen.clear();
    for (const root of roots) removeHighlightCss(root);
    const cuts = this.cuts.splice(0);
    return unhighlightInSlices(roots, this.options.sliceMs ?? SLICE_MS, this.win).then(() =>
      cuts.forEach(rejoinParts),
    );
  }

  /** Resolves once all queued work is done (tests and the benchmark wait on it). */
  idle(): Promise<void> {
    return this.running;
  }

  /** Every highlight element, in document order per root. */
  terms(): HTMLElement[] {
    return [...this.roots].flatMap((r) => [...r.querySelectorAll<HTMLElement>(TERM_TAG)]);
  }

  setStyle(style: HighlightStyle): void {
    this.options = { ...this.options, style };
    for (const root of this.roots) applyHighlightCss(root, highlightCss(style));
  }

  private attach(root: Document | ShadowRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    applyHighlightCss(root, highlightCss(this.options.style ?? 'underline'));
    this.live.watch(root);
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    this.running = this.running
      .then(() => (this.stopped ? undefined : job()))
      .catch((err) => {
        console.error('[Termlight] highlighting failed:', err);
      });
    return this.running;
  }

  /**
   * Scans one root in slices: collect the text nodes with terms (no style or layout read), then,
   * once the browser has rendered, drop those whose wrapping would move things and wrap the rest,
   * visible ones first.
   */
  private async highlightRoot(root: ScanRoot, done?: ReadonlySet<Node>): Promise<void> {
    const collector = new TextNodeCollector(root, this.options.finder, done);
    if (!(await this.scheduler.inSlices('collect', (timeUp) => collector.collect(timeUp)))) return;
    if (root === this.doc) this.options.onPhase?.('collected');
    for (const shadow of collector.shadowRoots) {
      this.attach(shadow);
      void this.enqueue(() => this.highlightRoot(shadow));
    }
    await this.wrapFound(collector.found, false);
  }

  /**
   * Wraps collected text nodes: drops those outside the scope and those whose wrapping would
   * move things (reading style after a frame, or `now`, when the wrapping is to make the next
   * frame), then wraps the rest. Resolves with every text node the wrapping dealt with (the
   * collected ones and what is left of them beside the highlights).
   */
  private async wrapFound(collected: Text[], now: boolean): Promise<Set<Text>> {
    const { finder, scope } = this.options;
    const found = scope ? collected.filter((n) => n.parentElement?.closest(scope)) : collected;
    const allowed = new Set<Text>();
    if (!found.length || this.stopped) return allowed;
    const layout = new LayoutFilter(found);
    if (now) {
      this.scheduler.now('layout', () => layout.run(() => false)); // a first screen: a few dozen
    } else {
      await afterNextFrame(this.win);
      if (this.stopped) return allowed;
      if (!(await this.scheduler.inSlices('layout', (timeUp) => layout.run(timeUp)))) {
        return allowed;
      }
    }
    // In document order: the screen was done first (highlightDocument).
    const nodes = layout.kept;
    for (const node of nodes) allowed.add(node);
    await this.scheduler.wrap(
      {
        nodes,
        allowed,
        finder,
        keep: (id: string) => this.keep(id),
        onWrapped: (el: HTMLElement, id: string) => this.wrapped(el, id),
        pieces: new WeakMap(),
      },
      now,
    );
    return allowed;
  }

  private keep(id: string): boolean {
    if (this.options.keep && !this.options.keep(id)) return false;
    if (this.options.firstMentionOnly && this.seen.has(id)) return false;
    return true;
  }

  private wrapped(el: HTMLElement, id: string): void {
    const first = !this.seen.has(id);
    this.seen.add(id);
    el.setAttribute('data-term-id', id);
    this.options.onWrapped?.(el, id, first);
  }

  /** Rescans what the page changed (see LiveRescans), each through the same steps as the first pass. */
  private async rescanChanges(): Promise<void> {
    for (const target of this.live.takeTargets()) {
      if (this.stopped) return;
      await this.highlightRoot(target);
    }
  }
}

/** Resolves once `doc` is parsed: at once if it is, else in its DOMContentLoaded listener. */
function parsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((done) =>
    doc.addEventListener('DOMContentLoaded', () => done(), { once: true }),
  );
}
