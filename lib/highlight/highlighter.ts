import { TextNodeCollector, hasAcceptedMatch, type ScanRoot } from './collect';
import { isSkippedElement, TERM_TAG } from './skip-rules';
import { sliceDeadline, yieldToMain } from './slices';
import { applyHighlightCss, highlightCss, removeHighlightCss, type HighlightStyle } from './style';
import type { TermFinder } from './types';
import { unhighlightRoot, unwrapTerm } from './unwrap';
import { wrapTextNodes, type OnTermWrapped } from './wrap';

export interface HighlighterOptions {
  finder: TermFinder;
  /** Which ids to highlight (categories the reader turned off return false). */
  keep?: (id: string) => boolean;
  firstMentionOnly?: boolean;
  style?: HighlightStyle;
  onWrapped?: OnTermWrapped;
  /** Longest stretch of work before giving the main thread back. */
  sliceMs?: number;
  /** Wait after the last page mutation before rescanning. */
  debounceMs?: number;
}

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
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly win: Window & typeof globalThis;

  constructor(
    private readonly doc: Document,
    private options: HighlighterOptions,
  ) {
    this.win = doc.defaultView as Window & typeof globalThis;
  }

  /** Highlights the whole document, then watches it. Resolves when the first pass is complete. */
  start(): Promise<void> {
    this.stopped = false;
    this.attach(this.doc);
    return this.enqueue(() => this.highlightRoot(this.doc));
  }

  /** Removes every highlight and stylesheet and stops watching. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.debounce);
    this.pending.clear();
    for (const o of this.observers) o.disconnect();
    this.observers.length = 0;
    for (const root of this.roots) {
      unhighlightRoot(root);
      removeHighlightCss(root);
    }
    this.roots.clear();
    this.seen.clear();
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
    observer.observe(root, { childList: true, subtree: true, characterData: true });
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

  /** Scans one root in slices: collect text nodes, then wrap them, visible ones first. */
  private async highlightRoot(root: ScanRoot): Promise<void> {
    const { finder } = this.options;
    const sliceMs = this.options.sliceMs ?? 12;
    const collector = new TextNodeCollector(root, finder);
    while (!collector.collect(sliceDeadline(sliceMs))) {
      await yieldToMain(this.win);
      if (this.stopped) return;
    }
    for (const shadow of collector.shadowRoots) {
      this.attach(shadow);
      void this.enqueue(() => this.highlightRoot(shadow));
    }
    const nodes = this.options.firstMentionOnly
      ? collector.found
      : this.visibleFirst(collector.found);
    let next = 0;
    while (next < nodes.length) {
      if (this.stopped) return;
      this.takeOwnRecords(); // page mutations queued so far are processed, not lost
      next = wrapTextNodes(
        nodes,
        next,
        finder,
        (id) => this.keep(id),
        (el, id) => this.wrapped(el, id),
        sliceDeadline(sliceMs),
      );
      this.discardOwnRecords();
      if (next < nodes.length) await yieldToMain(this.win);
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

  /** Text nodes whose element is on screen come first, so what the reader sees is done first. */
  private visibleFirst(nodes: Text[]): Text[] {
    const height = this.win.innerHeight;
    const onScreen: Text[] = [];
    const rest: Text[] = [];
    for (const node of nodes) {
      const rect = node.parentElement?.getBoundingClientRect();
      (rect && rect.bottom >= 0 && rect.top <= height ? onScreen : rest).push(node);
    }
    return onScreen.concat(rest);
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
      } else {
        r.addedNodes.forEach((n) => this.pending.add(n));
      }
    }
    if (!this.pending.size) return;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      void this.enqueue(() => this.rescanPending());
    }, this.options.debounceMs ?? 150);
  }

  private async rescanPending(): Promise<void> {
    const nodes = [...this.pending].filter((n) => n.isConnected);
    this.pending.clear();
    // Outermost nodes only: a subtree added with its children is scanned once.
    const queued = new Set(nodes);
    const outer = nodes.filter((n) => !hasQueuedAncestor(n, queued));
    for (const node of outer) {
      if (this.stopped) return;
      const target = this.scanTarget(node);
      if (!target) continue;
      const count = (this.rewraps.get(target) ?? 0) + 1;
      this.rewraps.set(target, count);
      if (count > MAX_REWRAPS) continue;
      if (target.nodeType === Node.TEXT_NODE) {
        if (hasAcceptedMatch(this.options.finder, (target as Text).data)) {
          wrapTextNodes(
            [target as Text],
            0,
            this.options.finder,
            (id) => this.keep(id),
            (el, id) => this.wrapped(el, id),
            () => false,
          );
          this.discardOwnRecords();
        }
      } else {
        await this.highlightRoot(target as Element);
      }
    }
  }

  /** Where to rescan for a changed node, or null when it lies where we never highlight. */
  private scanTarget(node: Node): Node | null {
    if (node.nodeType !== Node.TEXT_NODE && node.nodeType !== Node.ELEMENT_NODE) return null;
    let el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
    let target: Node = node;
    // Text changed inside one of our highlights: give it back to the page and rescan the text.
    if (el && el.tagName === TERM_TAG.toUpperCase() && node.nodeType === Node.TEXT_NODE) {
      const parent = el.parentElement;
      unwrapTerm(el);
      this.discardOwnRecords();
      el = parent;
      target = parent ?? node;
    }
    for (let a: Element | null = el; a; a = a.parentElement) {
      if (isSkippedElement(a)) return null;
    }
    return target;
  }
}

function hasQueuedAncestor(node: Node, queued: Set<Node>): boolean {
  for (let a = node.parentNode; a; a = a.parentNode) if (queued.has(a)) return true;
  return false;
}
