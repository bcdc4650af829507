import { TextNodeCollector, type ScanRoot } from './collect';
import { isSkippedElement, TERM_TAG } from './skip-rules';
import { Debounce } from './debounce';
import { collectFirstScreen } from './first-screen';
import { LayoutFilter } from './layout-filter';
import { cutHeadInPlace, LONG_TEXT_CHARS, rejoinParts } from './long-text';
import { afterNextFrame, sliceDeadline, yieldToMain } from './slices';
import { applyHighlightCss, highlightCss, removeHighlightCss, type HighlightStyle } from './style';
import type { TermFinder } from './types';
import { unhighlightInSlices, unwrapTerm } from './unwrap';
import { wrapTextNodes, type OnTermWrapped } from './wrap';
import { WrapBudget } from './wrap-budget';
import { warmUpRegex } from './warm-up';
import { hasRendered } from './first-frame';

export interface HighlighterOptions {
  finder: TermFinder;
  /** Which ids to highlight (categories the reader turned off return false). */
  keep?: (id: string) => boolean;
  firstMentionOnly?: boolean;
  /** CSS selector: only text inside a matching element is highlighted (the embed's data-scope). */
  scope?: string;
  style?: HighlightStyle;
  onWrapped?: OnTermWrapped;
  /** Longest stretch of work before giving the main thread back (wrapping gets 1.5 times it). */
  sliceMs?: number;
  /** Wait after the last page mutation before rescanning. */
  debounceMs?: number;
  /** Longest wait after the first of a run of page mutations (see debounce.ts). */
  maxWaitMs?: number;
}

/**
 * Work per task, for passes that only read the page. A garbage collection or one call running
 * over can add 20 ms to a slice, and no task of ours may pass 50 ms.
 */
const SLICE_MS = 20;

/**
 * Longest wrapping task. The node count per slice is what keeps the frames after it short (see
 * wrap-budget.ts); this caps our own part, leaving room for a garbage collection.
 */
const WRAP_SLICE_MS = 20;

/** What a wrapping slice and the frame after it may take together (a long frame is over 50). */
const FRAME_TARGET_MS = 40;

/**
 * Text looked at for the top of a page before its first layout: more than a large screen shows
 * (a 1280x800 one shows about 4,000 characters), little enough for one short task.
 */
const FIRST_SCREEN_CHARS = 12_000;

const DEBOUNCE_MS = 150;
const MAX_WAIT_MS = 500;

// Attributes that make text editable (or a text box), or stop it being so.
const EDITABLE_ATTRIBUTES = ['contenteditable', 'role'];

// A page that keeps undoing our highlights in one place is left alone there after this many tries.
const MAX_REWRAPS = 5;

/**
 * Highlights glossary terms in a document and its open shadow roots, keeps up with page changes,
 * and removes every trace on `stop()`.
 */
export class Highlighter {
  private readonly roots = new Set<Document | ShadowRoot>();
  private readonly observers: MutationObserver[] = [];
  private readonly pending = new Set<Node>();
  private readonly rewraps = new WeakMap<Node, number>();
  private readonly seen = new Set<string>();
  /** Long text nodes cut in place at the first screen (see cutHeadInPlace), joined on stop(). */
  private readonly cuts: Text[][] = [];
  private readonly debounce: Debounce;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly win: Window & typeof globalThis;

  constructor(
    private readonly doc: Document,
    private options: HighlighterOptions,
  ) {
    this.win = doc.defaultView as Window & typeof globalThis;
    const win = this.win;
    this.debounce = new Debounce(
      () => void this.enqueue(() => this.rescanPending()),
      options.debounceMs ?? DEBOUNCE_MS,
      options.maxWaitMs ?? MAX_WAIT_MS,
      {
        setTimeout: (cb, ms) => win.setTimeout(cb, ms),
        clearTimeout: (h) => win.clearTimeout(h as number),
        now: () => win.performance.now(),
      },
    );
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
    await this.highlightRoot(this.doc, done);
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
    let nodes = collectFirstScreen(this.doc, finder, timeUp, { maxChars, done });
    if (nodes.some((n) => n.data.length > LONG_TEXT_CHARS)) {
      // Once the page has been rendered, a cut is a change like any other.
      if (maxChars === undefined || hasRendered(this.win)) {
        nodes = nodes.filter((n) => n.data.length <= LONG_TEXT_CHARS);
      } else {
        this.takeOwnRecords(); // the page's changes so far are kept; our cuts are not changes
        nodes = nodes.flatMap((n) => {
          if (n.data.length <= LONG_TEXT_CHARS) return [n];
          const parts = cutHeadInPlace(n, finder, maxChars);
          if (parts.length > 1) this.cuts.push(parts);
          return parts.filter((part) => part.data.length <= LONG_TEXT_CHARS);
        });
        this.discardOwnRecords();
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
    this.debounce.cancel();
    this.pending.clear();
    for (const o of this.observers) o.disconnect();
    this.observers.length = 0;
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
    const observer = new this.win.MutationObserver((records) => this.onMutations(records));
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: EDITABLE_ATTRIBUTES,
    });
    this.observers.push(observer);
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
    if (!(await this.inSlices((timeUp) => collector.collect(timeUp)))) return;
    for (const shadow of collector.shadowRoots) {
      this.attach(shadow);
      void this.enqueue(() => this.highlightRoot(shadow));
    }
    await this.wrapFound(collector.found, false);
  }

  /**
   * Wraps collected text nodes: drops those outside the scope and those whose wrapping would
   * move things (reading style after a frame, or `now`, when the wrapping is to make the next
   * frame), then wraps the rest. Resolves
   * with every text node the wrapping dealt with (the collected ones and what is left of them
   * beside the highlights).
   */
  private async wrapFound(collected: Text[], now: boolean): Promise<Set<Text>> {
    const { finder, scope } = this.options;
    const found = scope ? collected.filter((n) => n.parentElement?.closest(scope)) : collected;
    const allowed = new Set<Text>();
    if (!found.length || this.stopped) return allowed;
    const layout = new LayoutFilter(found);
    if (now) {
      layout.run(() => false); // a first screen's worth: a few dozen nodes
    } else {
      await afterNextFrame(this.win);
      if (this.stopped) return allowed;
      if (!(await this.inSlices((timeUp) => layout.run(timeUp)))) return allowed;
    }
    // In document order: the screen was done first (highlightDocument).
    const nodes = layout.kept;
    for (const node of nodes) allowed.add(node);
    const job = {
      nodes,
      allowed,
      finder,
      keep: (id: string) => this.keep(id),
      onWrapped: (el: HTMLElement, id: string) => this.wrapped(el, id),
      pieces: new WeakMap(),
    };
    // One slice per frame: each frame then lays out only what one slice changed, and its
    // rendering time tells how much the next slice may take.
    const budget = new WrapBudget(FRAME_TARGET_MS);
    const sliceMs = (this.options.sliceMs ?? SLICE_MS) * (WRAP_SLICE_MS / SLICE_MS);
    if (!now) await yieldToMain(this.win);
    for (let next = 0; next < nodes.length;) {
      if (this.stopped) return allowed;
      this.takeOwnRecords(); // page mutations queued so far are processed, not lost
      // A first screen goes in one slice, whatever its length: the next frame is to show it.
      const started = this.win.performance.now();
      next = wrapTextNodes(job, next, sliceDeadline(sliceMs), now ? Infinity : budget.chars);
      const wrapMs = this.win.performance.now() - started;
      this.discardOwnRecords();
      if (next < nodes.length) budget.observe(await afterNextFrame(this.win), wrapMs);
    }
    return allowed;
  }

  /**
   * Runs `step` in tasks of about the slice budget until it reports that it is done, starting in
   * a fresh task (so the end of one pass and the start of the next never share a task). Resolves
   * false when highlighting was stopped on the way.
   */
  private async inSlices(step: (timeUp: () => boolean) => boolean): Promise<boolean> {
    const sliceMs = this.options.sliceMs ?? SLICE_MS;
    for (;;) {
      await yieldToMain(this.win);
      if (this.stopped) return false;
      if (step(sliceDeadline(sliceMs))) return true;
    }
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
    if (first) el.setAttribute('data-first', '');
    this.options.onWrapped?.(el, id);
  }

  // --- Live pages -------------------------------------------------------------------------

  private takeOwnRecords(): void {
    for (const o of this.observers) {
      const records = o.takeRecords();
      if (records.length) this.onMutations(records);
    }
  }

  private discardOwnRecords(): void {
    for (const o of this.observers) o.takeRecords();
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.stopped) return;
    for (const r of records) {
      if (r.type === 'characterData') {
        this.pending.add(r.target);
      } else if (r.type === 'attributes') {
        this.editabilityChanged(r.target as Element);
      } else {
        r.addedNodes.forEach((n) => this.pending.add(n));
      }
    }
    if (this.pending.size) this.debounce.poke();
  }

  /**
   * Text that became editable (or a text box) loses its highlights at once: the reader is about
   * to type there, and an editor must not meet our elements. Text that stopped being editable is
   * scanned like new content.
   */
  private editabilityChanged(el: Element): void {
    if (el.tagName === TERM_TAG.toUpperCase()) return; // our own role="button"
    if (!insideSkipped(el)) {
      this.pending.add(el);
      return;
    }
    const terms = el.querySelectorAll(TERM_TAG);
    if (!terms.length) return;
    terms.forEach(unwrapTerm);
    this.discardOwnRecords();
  }

  private async rescanPending(): Promise<void> {
    const nodes = [...this.pending].filter((n) => n.isConnected);
    this.pending.clear();
    // Outermost nodes only: a subtree added with its children is scanned once.
    const queued = new Set(nodes);
    const targets = new Set<ScanRoot>();
    for (const node of nodes) {
      if (hasQueuedAncestor(node, queued)) continue;
      const target = this.scanTarget(node);
      if (!target) continue;
      const count = (this.rewraps.get(target) ?? 0) + 1;
      this.rewraps.set(target, count);
      if (count <= MAX_REWRAPS) targets.add(target);
    }
    // Each goes through the same collection as the first pass: skip rules, layout check, slices.
    for (const target of targets) {
      if (this.stopped) return;
      await this.highlightRoot(target);
    }
  }

  /**
   * The subtree to rescan for a changed node: an added element itself, or the parent of changed
   * text. Null when it lies where we never highlight.
   */
  private scanTarget(node: Node): ScanRoot | null {
    let target: Node | null;
    if (node.nodeType === Node.ELEMENT_NODE) target = node;
    else if (node.nodeType === Node.TEXT_NODE) target = node.parentNode;
    else return null;
    // Text changed inside one of our highlights: give it back to the page and rescan around it.
    if (target && (target as Element).tagName === TERM_TAG.toUpperCase()) {
      const term = target as Element;
      target = term.parentNode;
      unwrapTerm(term);
      this.discardOwnRecords();
    }
    if (!target) return null;
    if (target.nodeType === Node.ELEMENT_NODE && insideSkipped(target as Element)) return null;
    return target as ScanRoot;
  }
}

/** Whether `el` or one of its ancestors is skipped (see skip-rules.ts). */
function insideSkipped(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) if (isSkippedElement(a)) return true;
  return false;
}

/** Resolves once `doc` is parsed: at once if it is, else in its DOMContentLoaded listener. */
function parsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((done) =>
    doc.addEventListener('DOMContentLoaded', () => done(), { once: true }),
  );
}

function hasQueuedAncestor(node: Node, queued: Set<Node>): boolean {
  for (let a = node.parentNode; a; a = a.parentNode) if (queued.has(a)) return true;
  return false;
}
