/**
 * Giant text nodes, painted instead of wrapped (issue #26). Any change to a paragraph makes the
 * browser lay all of it out again: for a single 400 kB text node that is 100-190 ms per change,
 * so even one DOM swap costs a long frame. The CSS Custom Highlight API paints ranges of text
 * without changing the DOM, so nothing is laid out again. A painted term has no element, so it
 * gets one, wrapped like any other, when the reader reaches it:
 * - a mouse that rests on it (then the card opens on hover, as for any term);
 * - a finger that presses it (the tap's click then lands on the new element);
 * - the selection moving into it (a screen reader's browse cursor, Find in page).
 * Wrapping one term relays out the paragraph once, at the reader's request, instead of once per
 * slice while nobody asked.
 *
 * Only the terms on and near the screen are painted. Chromium works through every range of every
 * highlight at each change, and paints each of them: with the 4,658 matches of a 400 kB
 * paragraph painted, adding one more range cost a frame of 130-230 ms and scrolling frames grew
 * 3-5 times longer; with 50, 12-44 ms (measured without the extension, load 7-9). So the painted
 * window is the screen and about one screen's worth of terms above and below it, moved in one
 * change when the reader scrolls near its edge.
 */

import { eachRawMatch } from './long-text';
import type { TermFinder } from './types';
import { benchNow, benchSpan } from '../bench-marks';

/** A text node longer than this is painted where the browser can (the "over ~20 kB"). */
export const PAINT_CHARS = 20_000;

/**
 * Terms painted beyond those on screen, on each side: this many screens' worth, at least
 * MIN_MARGIN_TERMS, at most MAX_PAINTED in all. Each change of the painted set costs a frame
 * that paints the whole paragraph again (20-50 ms at load 7-9, whatever its size), so the
 * window is wide enough that skimming changes it every two or three screens.
 */
const MARGIN_SCREENS = 2;
const MIN_MARGIN_TERMS = 24;
const MAX_PAINTED = 400;

/** How long a mouse rests on a painted term before it is wrapped (a sweep wraps nothing). */
const REST_MS = 60;

interface Painted {
  range: Range;
  id: string;
}

/** What is painted: one node's list of matches and the indices [from, to) of it. */
interface Painting {
  list: Painted[];
  from: number;
  to: number;
}

type PaintWindow = typeof globalThis & {
  Highlight?: typeof Highlight;
  CSS?: { highlights?: HighlightRegistry };
};

/** Whether `win` has the CSS Custom Highlight API (Chromium 105, Safari 17.2, Firefox 140). */
export function canPaint(win: object): boolean {
  const w = win as PaintWindow;
  return typeof w.Highlight === 'function' && !!w.CSS?.highlights;
}

export interface PainterOptions {
  /** The highlight's name in CSS.highlights (the stylesheet's `::highlight(name)`). */
  name: string;
  finder: TermFinder;
  keep: (id: string) => boolean;
  /** Wraps one painted match in a highlight element (the reader reached it). */
  wrap: (range: Range, id: string) => HTMLElement | null;
  /**
   * Claims the first mention of term `id` on the page, true when it has none wrapped or claimed
   * yet: that painted match is wrapped when the reader uses the keyboard (see wrapFirsts).
   */
  claimFirst?: (id: string) => boolean;
  /** Runs a step in slices until it returns true; false when highlighting stopped. */
  inSlices: (step: (timeUp: () => boolean) => boolean) => Promise<boolean>;
  stopped: () => boolean;
}

export class Painter {
  private readonly highlight: Highlight;
  private readonly registry: HighlightRegistry;
  /** Each painted node's matches not wrapped yet, in text order. */
  private readonly lists: Painted[][] = [];
  private readonly abort = new AbortController();
  private restTimer: ReturnType<typeof setTimeout> | undefined;
  private window: Painting | null = null;

  constructor(
    private readonly doc: Document,
    private readonly options: PainterOptions,
  ) {
    const win = doc.defaultView as PaintWindow;
    this.registry = win.CSS!.highlights!;
    this.highlight = new win.Highlight!();
    this.registry.set(options.name, this.highlight);
    const opts = { capture: true, passive: true, signal: this.abort.signal };
    const on = (target: EventTarget, type: string, listener: (e: never) => void) =>
      target.addEventListener(type, listener as EventListener, opts);
    on(doc, 'pointermove', (e: PointerEvent) => this.onPointerMove(e));
    // A finger has no hover: the press wraps, and the tap's click finds the element.
    on(doc, 'pointerdown', (e: PointerEvent) => {
      if (e.pointerType === 'touch') this.wrapAtPoint(e.clientX, e.clientY);
    });
    on(doc, 'selectionchange', () => {
      const selection = doc.getSelection();
      if (selection?.focusNode) this.wrapAt(selection.focusNode, selection.focusOffset);
    });
    // After a scroll (Chromium 114, Firefox 109): the window has two screens of margin.
    on(win, 'scrollend', () => this.paintNear());
    // Before the browser moves the focus: the terms whose first mention is painted get their
    // keyboard stop in time for this press.
    on(doc, 'keydown', (e: KeyboardEvent) => {
      if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey) this.wrapFirsts();
    });
  }

  /** The id of every painted match (the popup's counts). */
  ids(): string[] {
    return this.lists.flatMap((list) => list.map((p) => p.id));
  }

  /**
   * Paints the terms of `node`: finds them in slices, then paints those on and near the screen.
   * Resolves when that is done (or stopped).
   */
  async add(node: Text): Promise<void> {
    const { finder, keep, inSlices } = this.options;
    const text = node.data;
    const list: Painted[] = [];
    let from = 0;
    const done = await inSlices((timeUp) => {
      let count = 0;
      from = eachRawMatch(text, finder, from, (start, end) => {
        const id = finder.accept(text, start, end);
        if (id !== null && keep(id)) {
          const range = this.doc.createRange();
          range.setStart(node, start);
          range.setEnd(node, end);
          list.push({ range, id });
        }
        return (++count & 63) === 0 && timeUp();
      });
      return from < 0;
    });
    if (!done || !node.isConnected || node.data !== text) return;
    this.lists.push(list);
    this.paintNear();
  }

  /** Wraps the painted match at `node`/`offset`, if there is one; returns its element. */
  wrapAt(node: Node, offset: number): HTMLElement | null {
    for (const list of this.lists) {
      const at = indexAt(list, node, offset);
      const p = list[at];
      if (!p || p.range.comparePoint(node, offset) !== 0) continue;
      list.splice(at, 1);
      this.highlight.delete(p.range);
      const { startContainer: text, startOffset: start, endOffset: end } = p.range;
      const sel = this.doc.getSelection();
      const caret = sel?.focusNode === text ? sel.focusOffset - start : -1;
      const el = this.options.wrap(p.range, p.id);
      // Wrapping moves the text into the element: a caret on it (a screen reader's cursor)
      // would fall out to before it, so it is put back on the same letter.
      if (el?.firstChild && caret >= 0 && caret < end - start) sel!.collapse(el.firstChild, caret);
      return el;
    }
    return null;
  }

  /**
   * Wraps the first painted match of each term `claim` takes: a term whose first mention on the
   * page is painted has no keyboard stop otherwise. The wraps lay the paragraph out again (100
   * ms and more for 400 kB), so this waits for a reader who uses the keyboard: a Tab press, or
   * the commands that go from term to term (Highlighter.reachPainted).
   */
  wrapFirsts(): void {
    const claim = this.options.claimFirst;
    if (!claim) return;
    for (const list of this.lists) {
      const firsts = list.filter((p) => claim(p.id));
      if (!firsts.length) continue;
      const left = new Set(firsts);
      list.splice(0, list.length, ...list.filter((p) => !left.has(p)));
      // Last first: a wrap splits the text after the matches before it, which keep their offsets.
      for (const p of firsts.reverse()) {
        this.highlight.delete(p.range);
        this.options.wrap(p.range, p.id);
      }
    }
  }

  stop(): void {
    this.abort.abort();
    clearTimeout(this.restTimer);
    this.window = null;
    this.highlight.clear();
    this.registry.delete(this.options.name);
    this.lists.length = 0;
  }

  /**
   * Paints the terms of the painted node on screen and a margin around them, if the screen is
   * near the edge of what is painted, in one change of the highlight.
   */
  private paintNear(): void {
    const win = this.doc.defaultView;
    if (!win || this.options.stopped()) return;
    // The list with terms on screen; else the first near one (its end facing the screen). A
    // paragraph can hold several painted nodes (Chromium 150's parser cuts text at 65,536
    // characters): the first near one may have nothing on screen.
    let wanted: Painting | null = null;
    for (const list of this.lists) {
      const near = nearScreen(this.doc, list);
      if (near && (!wanted || (wanted.from === wanted.to && near.from < near.to))) wanted = near;
    }
    const now = this.window;
    if (wanted && now?.list === wanted.list) {
      // Repainted once the screen comes within a screen's terms of an edge of the window.
      const inner = Math.max(8, wanted.to - wanted.from);
      if (
        (now.from === 0 || now.from <= wanted.from - inner) &&
        (now.to === now.list.length || now.to >= wanted.to + inner)
      ) {
        return;
      }
    }
    if (!wanted && !now) return;
    const started = benchNow(win);
    this.window = null;
    const keep = new Set<Range>();
    if (wanted) {
      const { list, from, to } = wanted;
      const margin = Math.max(MIN_MARGIN_TERMS, MARGIN_SCREENS * (to - from));
      const lo = Math.max(0, from - margin);
      const hi = Math.min(list.length, to + margin, lo + MAX_PAINTED);
      this.window = { list, from: lo, to: hi };
      for (let i = lo; i < hi; i++) keep.add(list[i]!.range);
    }
    // Only what leaves and what enters the window changes: the ranges kept are not repainted.
    for (const range of [...this.highlight.keys()] as Range[]) {
      if (!keep.has(range)) this.highlight.delete(range);
    }
    for (const range of keep) if (!this.highlight.has(range)) this.highlight.add(range);
    benchSpan('paint', started, win);
  }

  private onPointerMove(e: PointerEvent): void {
    if (e.pointerType === 'touch' || !this.lists.length) return;
    clearTimeout(this.restTimer);
    const { clientX: x, clientY: y, pointerType } = e;
    this.restTimer = setTimeout(() => {
      const el = this.wrapAtPoint(x, y);
      // The browser tells of the new element under a resting pointer only when it moves again:
      // the card's hover intent starts now, as it would have on a wrapped term.
      const view = this.doc.defaultView;
      if (el && view) {
        const init = { bubbles: true, composed: true, clientX: x, clientY: y, pointerType };
        el.dispatchEvent(new view.PointerEvent('pointerover', init));
      }
    }, REST_MS);
  }

  private wrapAtPoint(x: number, y: number): HTMLElement | null {
    const caret = caretAt(this.doc, x, y);
    return caret ? this.wrapAt(caret.node, caret.offset) : null;
  }
}

/** The text position under a point: caretPositionFromPoint, or Chromium's older call. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/**
 * The indices [from, to) in `list` (one painted node's matches, in text order) of the matches on
 * screen: from the text position at the screen's top left to the one at its bottom right. Where
 * the node is within a screen above or below, the end of its list that faces the screen; null
 * when it is further away.
 */
function nearScreen(doc: Document, list: Painted[]): Painting | null {
  const win = doc.defaultView!;
  const parent = list[0]?.range.startContainer.parentElement;
  if (!parent?.isConnected) return null;
  const box = parent.getBoundingClientRect();
  const h = win.innerHeight;
  if (box.bottom < -h || box.top > 2 * h) return null;
  if (box.top > h) return { list, from: 0, to: 0 };
  if (box.bottom < 0) return { list, from: list.length, to: list.length };
  const top = caretAt(doc, Math.max(0, box.left) + 1, Math.max(0, box.top) + 1);
  const bottom = caretAt(doc, Math.min(win.innerWidth, box.right) - 1, Math.min(h, box.bottom) - 1);
  const from = top ? indexAt(list, top.node, top.offset) : 0;
  const to = bottom ? indexAt(list, bottom.node, bottom.offset) : list.length;
  return { list, from, to: Math.max(from, to) };
}

/**
 * The index of the first match of `list` (text order) that does not end before node/offset, by
 * binary search with the live ranges (they follow the text when a wrap splits it).
 */
function indexAt(list: readonly Painted[], node: Node, offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    let side: number;
    try {
      side = list[mid]!.range.comparePoint(node, offset);
    } catch {
      return lo; // a node of another document, or a doctype
    }
    if (side > 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
