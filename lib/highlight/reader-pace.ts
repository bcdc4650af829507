/**
 * Wrapping at the reader's pace (issue #26). Wrapping costs frames: the browser lays out every
 * paragraph it changes, and on a 2 MB page each such frame has a floor of 17-50 ms, so wrapping
 * the whole document up front was felt as jank for seconds after load. Instead, the text nodes
 * with terms wait, grouped by their parent element, and an IntersectionObserver hands a group
 * over when it comes within a few screens of the viewport (scrolling, a scrollbar drag, an
 * in-page link or Find in page all move it there). Selection and focus moving into waiting text
 * without scrolling (a screen reader's browse cursor, a script) hand it over at once.
 */

import { benchNow, benchSpan } from '../bench-marks';

/** How near the screen (above or below, in screens) waiting text starts a round of wrapping. */
const MARGIN_SCREENS = 2;

/**
 * How far ahead a round wraps once started, in screens beyond the screen's edge. Every frame that
 * shows a change costs the page's whole rendering floor (17-50 ms on a 2 MB page, more on a busy
 * machine), whatever the size of the change: a few large rounds cost fewer long frames than one
 * round per screen the reader moves.
 */
const AHEAD_SCREENS = 6;

/** Groups looked at beyond one that came near, to find the rest of the round (rect reads). */
const AHEAD_GROUPS = 400;

/**
 * One waiting group in this many (in document order, of one pass) is observed. The browser
 * checks every observed element in every frame that scrolls: with the 12,581 groups of a 2 MB
 * page that was 15-115 ms of `computeIntersections` in each such frame (traced), the longest
 * part of most long frames while skimming. A group that comes near starts a round that takes its neighbours by
 * their boxes (AHEAD_SCREENS), and where the observed ones are far apart (few terms on many
 * screens) the end of each scroll looks for waiting text on the screen itself (`onScrollEnd`).
 */
const OBSERVE_EVERY = 16;

/**
 * Text handed to one wrap call at most: what is due is sorted again after each, so after a jump
 * the new screen goes before what came near on the way.
 */
const CHARS_PER_ROUND = 60_000;

export interface ReaderPaceOptions {
  /**
   * Wraps nodes now near the screen (nearest first) and resolves when done. Called once at a
   * time: what comes near meanwhile waits for the next call.
   */
  wrap: (nodes: Text[]) => Promise<void>;
  /** Runs a job in the highlighter's queue (so our work never interleaves with a pass). */
  enqueue: (job: () => Promise<void>) => void;
  /**
   * Resolves in a task of ours after a frame (WrapScheduler.slot), where layout is fresh: the
   * rounds read their boxes there. In an observer's callback they could follow a slice of ours
   * and lay it out (24 ms at 4x CPU, in the frame that showed it). Default: at once.
   */
  frame?: () => Promise<unknown>;
}

export class ReaderPace {
  /** Text nodes not wrapped yet, by the element observed for them. */
  private readonly waiting = new Map<Element, Text[]>();
  /** The observed elements as added (document order within each pass), and their places. */
  private readonly order: Element[] = [];
  private readonly place = new Map<Element, number>();
  /** Groups that came near, with where they were (page y, for nearest first). */
  private readonly due = new Map<Element, number>();
  /** Places of groups that came near whose rounds are still to be taken (see takeArounds). */
  private readonly arounds: number[] = [];
  private readonly observer: IntersectionObserver;
  /** The observed groups (see OBSERVE_EVERY). */
  private readonly observed = new Set<Element>();
  /**
   * Each waiting group's stretch: up to OBSERVE_EVERY groups of one `add`, one of them observed
   * at a time. Per call, so that text a page adds later (a feed, a chat) gets an observed group
   * of its own, and never waits on one far away or already wrapped.
   */
  private readonly stretchOf = new Map<Element, Element[]>();
  private readonly abort = new AbortController();
  private draining = false;
  /** A scroll ended since the screen was last searched for waiting text (see onScrollEnd). */
  private scrolled = false;

  constructor(
    private readonly doc: Document,
    private readonly options: ReaderPaceOptions,
  ) {
    const win = doc.defaultView as Window & typeof globalThis;
    this.observer = new win.IntersectionObserver((entries) => this.onNear(entries), {
      rootMargin: `${MARGIN_SCREENS * 100}% 0px`,
    });
    const signal = this.abort.signal;
    // Selection (Find in page leaves its match selected; a screen reader's cursor can move it)
    // and focus can reach text that did not scroll into view.
    doc.addEventListener('selectionchange', () => this.onSelection(), { signal });
    doc.addEventListener(
      'focusin',
      (e) => this.now((e.composedPath()[0] as Node | undefined) ?? (e.target as Node)),
      { signal, capture: true },
    );
    win.addEventListener('hashchange', () => this.onHash(), { signal });
    // Captured: scrolling inside an element does not bubble. (Chromium 114, Firefox 109.)
    doc.addEventListener('scrollend', () => this.onScrollEnd(), { signal, capture: true });
  }

  /** Lets `nodes` wait until the reader comes near them. */
  add(nodes: readonly Text[]): void {
    let stretch: Element[] | null = null;
    for (const node of nodes) {
      const parent = node.parentElement;
      if (!parent) continue;
      const group = this.waiting.get(parent);
      if (group) {
        if (!group.includes(node)) group.push(node);
      } else {
        this.waiting.set(parent, [node]);
        this.place.set(parent, this.order.push(parent) - 1);
        if (!stretch || stretch.length === OBSERVE_EVERY) {
          stretch = [];
          this.observe(parent);
        }
        stretch.push(parent);
        this.stretchOf.set(parent, stretch);
      }
    }
  }

  /** Wraps the waiting text that `node` is in (or is) without waiting for it to come near. */
  now(node: Node | null | undefined): void {
    if (!this.waiting.size) return;
    let el: Element | null =
      node?.nodeType === Node.ELEMENT_NODE ? (node as Element) : (node?.parentElement ?? null);
    for (; el; el = el.parentElement) {
      if (this.waiting.has(el)) {
        this.due.set(el, -Infinity); // before anything else
        this.drain();
        return;
      }
    }
  }

  stop(): void {
    this.abort.abort();
    this.observer.disconnect();
    this.observed.clear();
    this.stretchOf.clear();
    this.waiting.clear();
    this.due.clear();
    this.arounds.length = 0;
    this.scrolled = false;
    this.order.length = 0;
    this.place.clear();
  }

  private onNear(entries: IntersectionObserverEntry[]): void {
    const scrollY = this.doc.defaultView?.scrollY ?? 0;
    let near = false;
    for (const e of entries) {
      if (!e.isIntersecting || !this.waiting.has(e.target)) continue;
      near = true;
      if (!this.due.has(e.target)) this.due.set(e.target, e.boundingClientRect.top + scrollY);
      this.arounds.push(this.place.get(e.target) ?? 0);
    }
    if (near) this.drain();
  }

  /** The rounds of the groups that came near (see `arounds`): reads their neighbours' boxes. */
  private takeArounds(): void {
    const win = this.doc.defaultView;
    if (!win || !this.arounds.length) return;
    const started = benchNow(win);
    for (const at of this.arounds.splice(0)) this.takeAround(at, win.scrollY, win.innerHeight);
    benchSpan('near', started, win);
  }

  /** The round around `order[at]`: the waiting text within AHEAD_SCREENS, in both directions. */
  private takeAround(at: number, scrollY: number, height: number): void {
    for (const step of [1, -1]) {
      for (
        let i = at + step, n = 0;
        i >= 0 && i < this.order.length && n < AHEAD_GROUPS;
        i += step
      ) {
        const el = this.order[i]!;
        if (!this.waiting.has(el) || this.due.has(el)) continue;
        n++;
        const r = el.getBoundingClientRect();
        if (r.top > height * (1 + AHEAD_SCREENS) || r.bottom < -height * AHEAD_SCREENS) break;
        this.due.set(el, r.top + scrollY);
      }
    }
  }

  /**
   * After a scroll: looks for waiting text on the screen that no observed group stood for (see
   * searchScreen), in a task of ours after a frame (`frame`). `scrollend` is dispatched in a
   * frame's rendering steps, often the frame that shows a slice of ours: reading boxes there laid
   * that slice out, 19-31 ms more in frames of 53-73 ms at 4x CPU.
   */
  private onScrollEnd(): void {
    if (!this.waiting.size || !this.order.length) return;
    this.scrolled = true;
    this.drain();
  }

  /**
   * Waiting text near the screen that no observed group stood for (the observed ones far
   * apart). The groups are in document order, which is their order down the page in most
   * layouts: a binary search finds the first one whose box reaches the margin above the screen,
   * a few reads, and a round starts there if waiting text is within the margin.
   */
  private searchScreen(): void {
    if (!this.scrolled) return;
    this.scrolled = false;
    const win = this.doc.defaultView;
    if (!win || !this.waiting.size) return;
    const started = benchNow(win);
    const height = win.innerHeight;
    const above = -height * MARGIN_SCREENS;
    const below = height * (1 + MARGIN_SCREENS);
    const { order } = this;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order[mid]!.getBoundingClientRect().bottom < above) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo, n = 0; i < order.length && n < AHEAD_GROUPS; i++, n++) {
      const el = order[i]!;
      if (!this.waiting.has(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.top > below) break;
      if (r.bottom < above) continue;
      if (!this.due.has(el)) this.due.set(el, r.top + win.scrollY);
      this.takeAround(i, win.scrollY, height);
      break;
    }
    benchSpan('near', started, win);
  }

  private observe(el: Element): void {
    this.observed.add(el);
    this.observer.observe(el);
  }

  /**
   * `el` is taken for wrapping: it stops being observed, and if it stood for its stretch, the
   * next group of the stretch still waiting stands in.
   */
  private release(el: Element): void {
    const stretch = this.stretchOf.get(el);
    this.stretchOf.delete(el);
    if (!this.observed.delete(el)) return;
    this.observer.unobserve(el);
    const next = stretch?.find((group) => this.waiting.has(group));
    if (next) this.observe(next);
  }

  private onSelection(): void {
    const selection = this.doc.getSelection();
    if (!selection || !selection.rangeCount) return;
    this.now(selection.focusNode);
    this.now(selection.anchorNode);
  }

  private onHash(): void {
    const id = decodeURIComponent(this.doc.location?.hash.slice(1) ?? '');
    if (id) this.now(this.doc.getElementById(id));
  }

  /** Wraps what is due, nearest the middle of the screen first, until nothing is. */
  private drain(): void {
    if (this.draining || (!this.due.size && !this.scrolled)) return;
    this.draining = true;
    this.options.enqueue(async () => {
      try {
        await this.options.frame?.();
        this.takeArounds();
        this.searchScreen();
        while (this.due.size) {
          const win = this.doc.defaultView;
          const middle = (win?.scrollY ?? 0) + (win?.innerHeight ?? 0) / 2;
          const distance = (y: number) => (y === -Infinity ? -1 : Math.abs(y - middle));
          const order = [...this.due].sort((a, b) => distance(a[1]) - distance(b[1]));
          const nodes: Text[] = [];
          let chars = 0;
          for (const [el] of order) {
            if (chars >= CHARS_PER_ROUND) break;
            this.due.delete(el);
            const group = this.waiting.get(el);
            if (!group) continue;
            this.waiting.delete(el);
            this.place.delete(el);
            this.release(el);
            for (const n of group) {
              if (!n.isConnected) continue;
              nodes.push(n);
              chars += n.data.length;
            }
          }
          if (nodes.length) await this.options.wrap(nodes);
          // After a wrap's last frame: fresh too.
          this.takeArounds();
          this.searchScreen();
        }
      } finally {
        this.draining = false;
      }
    });
  }
}
