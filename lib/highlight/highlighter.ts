import { TextNodeCollector, type ScanRoot } from './collect';
import { TERM_TAG } from './skip-rules';
import { collectFirstScreen } from './first-screen';
import { LayoutFilter } from './layout-filter';
import { LONG_TEXT_CHARS, rejoinParts, shortParts } from './long-text';
import { LiveRescans } from './live-rescans';
import { afterNextFrame, sliceDeadline } from './slices';
import { applyHighlightCss, highlightCss, removeHighlightCss, type HighlightStyle } from './style';
import type { HighlighterOptions } from './types';
import { unhighlightInSlices } from './unwrap';
import { SLICE_MS, WrapScheduler } from './wrap-scheduler';
import { ReaderPace } from './reader-pace';
import { TermScan } from './term-scan';
import { warmUpFinder } from './warm-up';
import { hasRendered, parsed } from './first-frame';
import { TermColours } from './term-colours';
import { setTermId } from './term-ids';
import { canPaint } from './paint';
import { GiantText } from './giant-text';
import { FirstMentions } from './first-mentions';

/**
 * Text looked at for the top of a page before its first layout: more than a large screen shows
 * (a 1280x800 one shows about 4,000 characters), little enough for one short task.
 */
const FIRST_SCREEN_CHARS = 12_000;
/**
 * The top of the page gets this many slices to be found and as many to be wrapped: it goes into
 * the page's first frame, which has the page's first layout (100-300 ms on a CPU slowed 4x) and
 * is long whatever we do, while what a slice leaves waits behind that frame. At 4x the 12,000
 * characters took 22-28 ms to find and 25-33 ms to wrap; at 1x about a quarter.
 */
const FIRST_FRAME_SLICES = 2;

const DEBOUNCE_MS = 150;
const MAX_WAIT_MS = 500;

/**
 * Highlights glossary terms in a document and its open shadow roots, keeps up with page changes,
 * and removes every trace on `stop()`. This module decides what is done in which order; the
 * parts live beside it: first-screen.ts (the top of the page first), long-text.ts (cutting long
 * text), collect.ts and term-scan.ts (finding), first-mentions.ts (keyboard stops),
 * reader-pace.ts (the rest as the reader gets there), giant-text.ts and paint.ts (giant text
 * nodes), wrap-scheduler.ts (slices and frames), wrap.ts (mark.js), live-rescans.ts (page
 * changes). The options are in types.ts.
 */
export class Highlighter {
  private readonly roots = new Set<Document | ShadowRoot>();
  private readonly firsts = new FirstMentions();
  /** Each highlight's id. */
  private readonly ids = new WeakMap<Element, string>();
  /** Text nodes found with terms and not wrapped yet, with their ids (for the counts). */
  private readonly unwrapped = new Map<Text, string[]>();
  private pace: ReaderPace | null = null;
  /** Giant text nodes, painted (when on, see HighlighterOptions.paint). */
  private giants: GiantText | null = null;
  /** Long text nodes cut in place at the first screen (see cutHeadInPlace), joined on stop(). */
  private readonly cuts: Text[][] = [];
  private readonly live: LiveRescans;
  private readonly scheduler: WrapScheduler;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  /** Giant text is painted (see GiantText): the sheets carry the painted terms' rule. */
  private painted = false;
  private readonly win: Window & typeof globalThis;
  private readonly colours: TermColours;

  constructor(
    private readonly doc: Document,
    private options: HighlighterOptions,
  ) {
    this.win = doc.defaultView as Window & typeof globalThis;
    this.colours = new TermColours(this.win, () => this.applyCss());
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
      afterFrame: () => this.colours.flush(), // style is fresh then
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
    if (this.options.pace ?? typeof this.win.IntersectionObserver === 'function') {
      this.pace = new ReaderPace(this.doc, {
        // In slices, one per frame (see WrapScheduler.wrap): a round of several screens in one
        // task made a long frame on a phone-class CPU.
        wrap: (nodes) => this.wrapNodes(nodes, false).then(() => undefined),
        // Not behind the queue: a round must not wait for a pass or a rescan to end.
        enqueue: (job) =>
          void job().catch((err) => console.error('[Termlight] highlighting failed:', err)),
        frame: () => this.scheduler.slot(),
      });
    }
    const { loadPainter } = this.options;
    if (
      this.pace &&
      !this.options.firstMentionOnly &&
      loadPainter &&
      (this.options.paint ?? canPaint(this.win))
    ) {
      this.giants = new GiantText(this.doc, {
        // The painted terms' rule goes into the sheets with the painter (see highlightCss).
        load: () =>
          loadPainter().then((painter) => {
            this.painted = !!painter;
            this.applyCss();
            return painter;
          }),
        painter: {
          name: TERM_TAG,
          finder: this.options.finder,
          keep: (id) => this.keep(id),
          wrap: (range, id) => this.wrapRange(range, id),
          claimFirst: (id) => this.firsts.claim([id]),
          inSlices: (step) => this.scheduler.inSlices('collect', step),
        },
        stopped: () => this.stopped,
        unpainted: (node, ids) => {
          this.unwrapped.set(node, ids);
          this.pace?.add([node]);
        },
      });
    }
    if (this.doc.readyState !== 'loading') this.attach(this.doc);
    // The regex's and guards' first use, out of the first scan (see warmUpFinder).
    void this.enqueue(() => warmUpFinder(this.options.finder, this.win));
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
    const sliceMs =
      (this.options.sliceMs ?? SLICE_MS) * (maxChars === undefined ? 1 : FIRST_FRAME_SLICES);
    const timeUp = sliceDeadline(sliceMs);
    const { finder } = this.options;
    let nodes = this.scheduler.now('collect', () =>
      collectFirstScreen(this.doc, finder, timeUp, { maxChars, done }),
    );
    if (nodes.some((n) => n.data.length > LONG_TEXT_CHARS)) {
      // Once the page has been rendered, a cut is a change like any other.
      const headChars = maxChars === undefined || hasRendered(this.win) ? undefined : maxChars;
      // A giant node left whole waits for the painter: have it loaded now, not at the full pass.
      if (headChars === undefined && nodes.some((n) => this.giants?.takes(n))) {
        this.giants?.prepare();
      }
      // The page's changes so far are kept; our cuts are not changes.
      if (headChars !== undefined) this.live.takeOwnRecords();
      nodes = shortParts(nodes, finder, headChars, (parts) => this.cuts.push(parts));
      if (headChars !== undefined) this.live.discardOwnRecords();
    }
    const wrapped = await this.wrapNodes(this.usable(nodes), sliceMs);
    for (const node of [...nodes, ...wrapped]) done.add(node);
  }

  /**
   * Stops watching and removes every highlight and stylesheet. The styles go at once (the terms
   * look like plain text from then on); the elements are unwrapped in slices, because ten
   * thousand of them take longer than one short task. Resolves when the page is restored.
   */
  stop(): Promise<void> {
    this.stopped = true;
    this.live.stop();
    this.pace?.stop();
    this.pace = null;
    this.giants?.stop();
    this.giants = null;
    this.unwrapped.clear();
    this.firsts.clear();
    const roots = [...this.roots];
    this.roots.clear();
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

  /**
   * Gives every term whose first mention is painted an element (its keyboard stop), before the
   * commands that go from term to term look for terms (see Painter.wrapFirsts).
   */
  reachPainted(): void {
    this.giants?.wrapFirsts();
  }

  /** Every highlight element, in document order per root. */
  terms(): HTMLElement[] {
    return [...this.roots].flatMap((r) => [...r.querySelectorAll<HTMLElement>(TERM_TAG)]);
  }

  /** The id of one of our highlight elements. */
  idOf(el: Element): string | undefined {
    return this.ids.get(el);
  }

  /**
   * The id of every term on the page, wrapped or not yet (one per occurrence): what the popup's
   * "on this page" counts.
   */
  termIds(): string[] {
    const ids: string[] = [];
    for (const el of this.terms()) {
      const id = this.ids.get(el);
      if (id) ids.push(id);
    }
    for (const [node, found] of this.unwrapped) if (node.isConnected) ids.push(...found);
    if (this.giants) ids.push(...this.giants.ids());
    return ids;
  }

  setStyle(style: HighlightStyle): void {
    this.options = { ...this.options, style };
    this.applyCss();
  }

  private applyCss(): void {
    for (const root of this.roots) applyHighlightCss(root, this.css());
  }

  private css(): string {
    return highlightCss(this.options.style ?? 'underline', this.colours.all, this.painted);
  }

  private attach(root: Document | ShadowRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    applyHighlightCss(root, this.css());
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
   * Scans one root in slices: collect the text nodes with terms (no style or layout read); once
   * the browser has rendered, drop those whose wrapping would move things; list their terms
   * (the counts). Then wrap the first mention of each term at once (its keyboard stop) and leave
   * the rest to the reader's pace, or wrap it too where there is no pacing.
   */
  private async highlightRoot(root: ScanRoot, done?: ReadonlySet<Node>): Promise<void> {
    const collector = new TextNodeCollector(root, this.options.finder, done);
    // Each slice's finds are taken in at once, so the reader's pace starts at the top of the
    // page while the walk is still on its way down (on a busy machine the walk of a 2 MB page
    // took seconds, during which scrolling found nothing wrapped).
    let taken = 0;
    const complete = await this.scheduler.inSlices('collect', (timeUp) => {
      const over = collector.collect(timeUp);
      if (collector.found.length > taken) {
        const fresh = collector.found.slice(taken);
        taken = collector.found.length;
        void this.takeIn(fresh);
      }
      return over;
    });
    if (!complete) return;
    await this.intake;
    for (const shadow of collector.shadowRoots) {
      this.attach(shadow);
      void this.enqueue(() => this.highlightRoot(shadow));
    }
    if (root === this.doc) this.options.onPhase?.('collected');
  }

  /** The chain of takeIn calls of the current pass, in the order of their text. */
  private intake: Promise<void> = Promise.resolve();

  /**
   * Takes in text nodes found in document order: drops those whose wrapping would move things,
   * lists their terms (the counts), wraps the first mention of each term at once (its keyboard
   * stop) and leaves the rest to the reader's pace, or wraps it too where there is no pacing.
   */
  private takeIn(found: Text[]): Promise<void> {
    this.intake = this.intake.then(async () => {
      // Tasks of their own, one per frame (see WrapScheduler.slot): style is
      // fresh then, and on a slow CPU no frame holds two of our tasks.
      const layout = this.layoutFilter(found);
      if (!layout || !(await this.scheduler.inSlices('layout', (t) => layout.run(t)))) return;
      const nodes = layout.kept;
      const scan = new TermScan(
        nodes,
        this.options.finder,
        (id) => this.options.keep?.(id) ?? true,
      );
      if (!(await this.scheduler.inSlices('scan', (timeUp) => scan.run(timeUp)))) return;
      const firsts: Text[] = [];
      const rest: Text[] = [];
      for (const node of nodes) {
        const ids = scan.ids.get(node);
        if (!ids) continue;
        if (this.giants?.takes(node)) {
          this.giants.add(node, ids); // painted, not wrapped; it claims no keyboard stop
          continue;
        }
        this.unwrapped.set(node, ids);
        (this.firsts.claim(ids) ? firsts : rest).push(node);
      }
      await this.wrapNodes(firsts, false);
      if (this.options.firstMentionOnly || this.stopped) return;
      if (this.pace) this.pace.add(rest);
      else await this.wrapNodes(rest, false);
    });
    return this.intake;
  }

  /**
   * The collected text nodes inside the scope whose wrapping would not move things, in their
   * order. Reads style: call it when style is fresh (a first screen's few dozen nodes, or after
   * a frame).
   */
  private usable(collected: Text[]): Text[] {
    const layout = this.layoutFilter(collected);
    if (!layout) return [];
    this.scheduler.now('layout', () => layout.run(() => false));
    return layout.kept;
  }

  /** The check of `usable`, to run at once or in slices; null when nothing is in scope. */
  private layoutFilter(collected: Text[]): LayoutFilter | null {
    const { scope } = this.options;
    const found = scope ? collected.filter((n) => n.parentElement?.closest(scope)) : collected;
    return found.length && !this.stopped ? new LayoutFilter(found) : null;
  }

  /**
   * Wraps `nodes` in their order (see WrapScheduler.wrap): now, in a slice of `now` ms (a first
   * screen, the next frame is to show them), or in slices. Resolves with every text node the
   * wrapping dealt with (`nodes` and what is left of them beside the highlights).
   */
  private async wrapNodes(nodes: Text[], now: number | false): Promise<Set<Text>> {
    const allowed = new Set<Text>(nodes);
    if (!nodes.length || this.stopped) return allowed;
    await this.scheduler.wrap(
      {
        nodes,
        allowed,
        finder: this.options.finder,
        keep: (id: string) => this.keep(id),
        onWrapped: (el: HTMLElement, id: string) => this.wrapped(el, id),
        pieces: new WeakMap(),
        // Counted as waiting until wrapped, in the same task: a round takes several frames, and
        // the popup's counts must not dip meanwhile.
        done: (from, to) => nodes.slice(from, to).forEach((n) => this.unwrapped.delete(n)),
      },
      now,
    );
    this.colours.flushAfterFrame();
    return allowed;
  }

  /** Wraps one painted match (see Painter): the reader reached it. */
  private wrapRange(range: Range, id: string): HTMLElement | null {
    if (this.stopped) return null;
    const el = this.doc.createElement(TERM_TAG);
    this.live.takeOwnRecords();
    try {
      range.surroundContents(el);
    } catch {
      return null; // the page changed that text meanwhile
    } finally {
      this.live.discardOwnRecords();
    }
    this.wrapped(el, id);
    this.colours.flushAfterFrame();
    return el;
  }

  private keep(id: string): boolean {
    if (this.options.keep && !this.options.keep(id)) return false;
    if (this.options.firstMentionOnly && this.firsts.isWrapped(id)) return false;
    return true;
  }

  private wrapped(el: HTMLElement, id: string): void {
    const first = this.firsts.wrapped(id);
    this.ids.set(el, id);
    setTermId(el, id);
    this.colours.add(el);
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
