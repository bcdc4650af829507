import type { TermFinder } from './types';

/**
 * mark.js restarts its search in the rest of a text node after each highlight, and each highlight
 * splits that rest again: in one text node with thousands of terms the work grows with the square
 * of its length (a 400 kB paragraph froze the tab for many seconds). So a text node longer than
 * this is handled as a LongText: cut into pieces of about PIECE_CHARS, wrapped piece by piece.
 */
export const LONG_TEXT_CHARS = 4_096;
const PIECE_CHARS = 2_048;

const WHITESPACE = /\s/u;

/** What the matcher decided about a whole long text, for one piece of it. */
export interface Piece {
  /** Where this piece starts in the original text. */
  offset: number;
  /** Accepted matches of the original text: start → [end, id]. */
  accepted: Map<number, readonly [number, string]>;
}

/**
 * One long text node, wrapped off the page: its text is copied into a detached element, cut
 * there into pieces and wrapped in slices, then put in place in one step. Every change to a
 * paragraph makes the browser lay all of it out again (measured: hundreds of ms for 400 kB on a
 * busy 2-core machine, whatever the size of the change), so wrapping it in place, slice by slice,
 * cost one such frame per slice; off the page the slices cause no layout at all, and the swap
 * causes one.
 */
export class LongText {
  /** The pieces to wrap, in order; detached until `swapIn()`. */
  readonly pieces: Text[] = [];
  /** Index of the next piece to wrap. */
  next = 0;
  private readonly text: string;
  private readonly holder: Element;

  constructor(
    readonly original: Text,
    finder: TermFinder,
    info: WeakMap<Text, Piece>,
  ) {
    this.text = original.data;
    const doc = original.ownerDocument;
    this.holder = doc.createElement('div');
    const copy = doc.createTextNode(this.text);
    this.holder.appendChild(copy);
    const accepted = new Map<number, readonly [number, string]>();
    const cuts = cutPositions(this.text, finder, accepted);
    splitAt(copy, cuts, 0, cuts.length, 0, this.pieces);
    this.pieces.forEach((piece, i) => {
      info.set(piece, { offset: i === 0 ? 0 : cuts[i - 1]!, accepted });
    });
  }

  get done(): boolean {
    return this.next >= this.pieces.length;
  }

  /**
   * Puts the wrapped text in place of the original: the page's Text object stays, holding the
   * text before the first highlight (as when mark.js splits it in place). Returns false, and
   * changes nothing, when the page changed or removed the text meanwhile (its change is rescanned).
   */
  swapIn(): boolean {
    const { original, holder } = this;
    if (!original.isConnected || original.data !== this.text) return false;
    mergeAdjacentText(holder);
    const first = holder.firstChild;
    if (first && first.nodeType === Node.TEXT_NODE) {
      original.data = (first as Text).data;
      first.remove();
    } else {
      original.data = '';
    }
    const rest = holder.ownerDocument.createDocumentFragment();
    while (holder.firstChild) rest.appendChild(holder.firstChild);
    original.after(rest);
    return true;
  }
}

/**
 * Joins the cut pieces that no highlight separates, so the page gets what mark.js would have made
 * of the uncut text (and turning highlights off merges it back into one node).
 */
function mergeAdjacentText(holder: Element): void {
  for (let node = holder.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const run: Text[] = [];
    for (let next = node.nextSibling; next && next.nodeType === Node.TEXT_NODE;) {
      run.push(next as Text);
      next = next.nextSibling;
    }
    if (!run.length) continue;
    // One join, not an append per piece: that would copy the growing text each time.
    (node as Text).data = [(node as Text).data, ...run.map((t) => t.data)].join('');
    for (const t of run) t.remove();
  }
}

/** Offsets to cut `text` at, ascending; fills `accepted` with the accepted matches on the way. */
function cutPositions(
  text: string,
  finder: TermFinder,
  accepted: Map<number, readonly [number, string]>,
): number[] {
  const { regex } = finder;
  // Raw matches (accepted or not) as [start, end] pairs: no cut may fall inside one.
  const spans: number[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0] === '') {
      regex.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    spans.push(start, end);
    const id = finder.accept(text, start, end);
    if (id !== null) accepted.set(start, [end, id]);
  }
  regex.lastIndex = 0;
  // A cut right after whitespace: the regex's look-arounds see the same there with or without it.
  const cuts: number[] = [];
  let span = 0;
  let from = PIECE_CHARS;
  while (from < text.length - PIECE_CHARS / 2) {
    let at = from;
    while (at < text.length && !WHITESPACE.test(text[at - 1]!)) at++;
    if (at >= text.length) break;
    while (span < spans.length && spans[span + 1]! <= at) span += 2;
    if (span < spans.length && spans[span]! < at) {
      from = spans[span + 1]! + 1; // inside a match: try after it
      continue;
    }
    cuts.push(at);
    from = at + PIECE_CHARS;
  }
  return cuts;
}

/** Splits `node` (which starts at `base` in the text) at cuts[lo..hi), halving: O(n log n). */
function splitAt(node: Text, cuts: number[], lo: number, hi: number, base: number, out: Text[]) {
  if (lo >= hi) {
    out.push(node);
    return;
  }
  const mid = (lo + hi) >> 1;
  const right = node.splitText(cuts[mid]! - base);
  splitAt(node, cuts, lo, mid, base, out);
  splitAt(right, cuts, mid + 1, hi, cuts[mid]!, out);
}
