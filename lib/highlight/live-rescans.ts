import type { ScanRoot } from './collect';
import { Debounce } from './debounce';
import { isSkippedElement, TERM_TAG } from './skip-rules';
import { unwrapTerm } from './unwrap';

// Attributes that make text editable (or a text box), or stop it being so.
const EDITABLE_ATTRIBUTES = ['contenteditable', 'role'];

// A page that keeps undoing our highlights in one place is left alone there after this many tries.
const MAX_REWRAPS = 5;

export interface LiveRescansOptions {
  /** Wait after the last page mutation before rescanning. */
  debounceMs: number;
  /** Longest wait after the first of a run of page mutations (see debounce.ts). */
  maxWaitMs: number;
  /** Called (debounced) when there are changes: the caller then asks for `takeTargets()`. */
  onChanges: () => void;
}

/**
 * Keeps up with a live page: watches each root for added and changed text, gathers the changes
 * for a debounced rescan, unwraps highlights in text that becomes editable at once, and gives up
 * on a place whose page keeps undoing our highlights.
 */
export class LiveRescans {
  private readonly observers: MutationObserver[] = [];
  private readonly pending = new Set<Node>();
  private readonly rewraps = new WeakMap<Node, number>();
  private readonly debounce: Debounce;
  private stopped = false;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly options: LiveRescansOptions,
  ) {
    this.debounce = new Debounce(() => options.onChanges(), options.debounceMs, options.maxWaitMs, {
      setTimeout: (cb, ms) => win.setTimeout(cb, ms),
      clearTimeout: (h) => win.clearTimeout(h as number),
      now: () => win.performance.now(),
    });
  }

  watch(root: Document | ShadowRoot): void {
    const observer = new this.win.MutationObserver((records) => this.onMutations(records));
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: EDITABLE_ATTRIBUTES,
    });
    this.observers.push(observer);
  }

  stop(): void {
    this.stopped = true;
    this.debounce.cancel();
    this.pending.clear();
    for (const o of this.observers) o.disconnect();
    this.observers.length = 0;
  }

  /** Takes the page's mutations queued so far (before we change the page ourselves). */
  takeOwnRecords(): void {
    for (const o of this.observers) {
      const records = o.takeRecords();
      if (records.length) this.onMutations(records);
    }
  }

  /** Drops the records of our own changes (made since takeOwnRecords). */
  discardOwnRecords(): void {
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

  /**
   * The subtrees to rescan for the changes so far (outermost only, none where we never
   * highlight), each at most MAX_REWRAPS times; the changes are then forgotten.
   */
  takeTargets(): ScanRoot[] {
    if (this.stopped) return [];
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
    return [...targets];
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

function hasQueuedAncestor(node: Node, queued: Set<Node>): boolean {
  for (let a = node.parentNode; a; a = a.parentNode) if (queued.has(a)) return true;
  return false;
}
