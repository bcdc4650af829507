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
 * One long text node, wrapped off the page: its text is copied into a detached fragment, cut
 * there into pieces and wrapped in slices, then put in place in one step. Every change to a
 * paragraph makes the browser lay all of it out again (measured: hundreds of ms for 400 kB on a
 * busy 2-core machine, whatever the size of the change), so wrapping it in place, slice by slice,
 * cost one such frame per slice; off the page the slices cause no layout at all, and the swap
 * causes one. Finding the matches of the whole text is sliced too (`prepare`): one pass over
 * 400 kB was a task of its own of 30-60 ms.
 */
export class LongText {
  /** The pieces to wrap, in order; detached until `swapIn()`. */
  readonly pieces: Text[] = [];
  /** Index of the next piece to wrap. */
  next = 0;
  private readonly text: string;
  private holder: DocumentFragment | null = null;
  /** Raw matches found so far (accepted or not) as [start, end] pairs: no cut may fall inside one. */
  private readonly spans: number[] = [];
  private readonly accepted = new Map<number, readonly [number, string]>();
  /** Where the search for matches goes on in the next `prepare` slice; -1 once it is done. */
  private scanFrom = 0;

  constructor(
    readonly original: Text,
    private readonly finder: TermFinder,
    private readonly info: WeakMap<Text, Piece>,
  ) {
    this.text = original.data;
  }

  /** Whether every piece is wrapped (false until `prepare` is complete). */
  get done(): boolean {
    return this.holder !== null && this.next >= this.pieces.length;
  }

  /**
   * Finds the matches of the whole text (what the matcher decides on it, kept for each piece)
   * until `timeUp()`, then cuts a detached copy of the text into pieces. Returns true once the
   * pieces are ready.
   */
  prepare(timeUp: () => boolean): boolean {
    if (this.holder) return true;
    const { text, finder, spans, accepted } = this;
    let count = 0;
    this.scanFrom = eachRawMatch(text, finder, this.scanFrom, (start, end) => {
      spans.push(start, end);
      const id = finder.accept(text, start, end);
      if (id !== null) accepted.set(start, [end, id]);
      return (++count & 63) === 0 && timeUp();
    });
    if (this.scanFrom >= 0) return false;
    const doc = this.original.ownerDocument;
    const holder = doc.createDocumentFragment();
    const copy = doc.createTextNode(text);
    holder.appendChild(copy);
    const cuts = cutPositions(text, spans);
    splitAt(copy, cuts, 0, cuts.length, 0, this.pieces);
    this.pieces.forEach((piece, i) => {
      this.info.set(piece, { offset: i === 0 ? 0 : cuts[i - 1]!, accepted });
    });
    this.holder = holder;
    return true;
  }

  /**
   * Puts the wrapped text in place of the original: the page's Text object stays, holding the
   * text before the first highlight (as when mark.js splits it in place). Returns false, and
   * changes nothing, when the page changed or removed the text meanwhile (its change is rescanned).
   */
  swapIn(): boolean {
    const { original, holder } = this;
    if (!holder || !original.isConnected || original.data !== this.text) return false;
    mergeAdjacentText(holder);
    const first = holder.firstChild;
    if (first && first.nodeType === Node.TEXT_NODE) {
      original.data = (first as Text).data;
      first.remove();
    } else {
      original.data = '';
    }
    original.after(holder); // one insertion of everything after it
    return true;
  }
}

/**
 * Joins back the parts `cutHeadInPlace` made (`parts`, in order) where nothing came between them,
 * once the highlights in them are unwrapped: the page gets its one text node back.
 */
export function rejoinParts(parts: readonly Text[]): void {
  let joined = parts[0];
  for (const part of parts.slice(1)) {
    if (joined && joined.nextSibling === part) {
      joined.appendData(part.data);
      part.remove();
    } else {
      joined = part; // the page put something between them: leave that as it is
    }
  }
}

/**
 * Joins the cut pieces that no highlight separates, so the page gets what mark.js would have made
 * of the uncut text (and turning highlights off merges it back into one node).
 */
function mergeAdjacentText(holder: ParentNode): void {
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

/** Offsets to cut `text` at, ascending, never inside one of the raw match `spans`. */
function cutPositions(text: string, spans: readonly number[]): number[] {
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

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Before the page's first layout a change to its text costs no layout of its own, so a long text
 * node at the top of the page is cut right there, in place, into short nodes that cover the first
 * screen (about `headChars` of text): they are wrapped at once like any short text, and the rest
 * stays one node after them, for the full pass to wrap off the page (LongText). Each cut has a
 * word between it and the nearest match on either side, so the matcher decides every match in a
 * short node as it would in the whole text (its all-capitals guard looks at the neighbouring
 * word). Returns every part in order, the first being `node` itself: the short nodes, then the
 * rest of the text (which may be long, or short too); just [node] when no cut was found.
 */
export function cutHeadInPlace(node: Text, finder: TermFinder, headChars: number): Text[] {
  const text = node.data;
  const limit = Math.min(text.length, headChars + PIECE_CHARS);
  const spans = rawMatches(text, finder, limit);
  const cuts: number[] = [];
  let span = 0;
  for (let last = 0; last < headChars && last + PIECE_CHARS < text.length;) {
    const from = last + PIECE_CHARS;
    let at = -1;
    // Each short node stays within LONG_TEXT_CHARS: look for a cut in the next PIECE_CHARS only.
    for (let x = from; x < Math.min(from + PIECE_CHARS, text.length); x++) {
      while (span < spans.length && spans[span + 1]! <= x) span += 2;
      if (exactCut(text, spans, span, x)) {
        at = x;
        break;
      }
    }
    if (at < 0) break;
    cuts.push(at);
    last = at;
  }
  const head: Text[] = [node];
  let current = node;
  let base = 0;
  for (const cut of cuts) {
    current = current.splitText(cut - base);
    base = cut;
    head.push(current);
  }
  return head;
}

/**
 * A first screen's text nodes with the long ones (over LONG_TEXT_CHARS) dealt with: given
 * `headChars`, the top of each long node is cut off in place (see cutHeadInPlace; `onCut` gets
 * its parts, to rejoin them on stop) and its short parts are kept; without it, long nodes are
 * left out (for the full pass).
 */
export function shortParts(
  nodes: Text[],
  finder: TermFinder,
  headChars: number | undefined,
  onCut: (parts: Text[]) => void,
): Text[] {
  if (headChars === undefined) return nodes.filter((n) => n.data.length <= LONG_TEXT_CHARS);
  return nodes.flatMap((n) => {
    if (n.data.length <= LONG_TEXT_CHARS) return [n];
    const parts = cutHeadInPlace(n, finder, headChars);
    if (parts.length > 1) onCut(parts);
    return parts.filter((part) => part.data.length <= LONG_TEXT_CHARS);
  });
}

/**
 * The raw matches of `text` that start before `limit`, and the first one after it, as
 * [start, end] pairs.
 */
function rawMatches(text: string, finder: TermFinder, limit: number): number[] {
  const spans: number[] = [];
  eachRawMatch(text, finder, 0, (start, end) => {
    spans.push(start, end);
    return start >= limit;
  });
  return spans;
}

/**
 * Calls `visit(start, end)` for each raw match of the finder's regex in `text` (accepted or not),
 * from `from` on, until it returns true. Returns where the search goes on after that match, or
 * -1 when the text is done. The regex is shared (mark.js runs it too): its lastIndex is left at 0.
 */
export function eachRawMatch(
  text: string,
  { regex }: TermFinder,
  from: number,
  visit: (start: number, end: number) => boolean,
): number {
  regex.lastIndex = from;
  try {
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      if (m[0] === '') {
        regex.lastIndex++;
        continue;
      }
      if (visit(m.index, m.index + m[0].length)) return regex.lastIndex;
    }
    return -1;
  } finally {
    regex.lastIndex = 0;
  }
}

/**
 * Whether cutting `text` at `at` leaves every match's decision unchanged: right after whitespace,
 * outside any match, with a letter or digit between the cut and the matches on both sides.
 * `span` indexes the first pair of `spans` that ends after `at`.
 */
function exactCut(text: string, spans: readonly number[], span: number, at: number): boolean {
  if (!WHITESPACE.test(text[at - 1] ?? '')) return false;
  const nextStart = span < spans.length ? spans[span]! : text.length;
  if (nextStart < at) return false; // inside a match
  const prevEnd = span >= 2 ? spans[span - 1]! : 0;
  return (
    (span < 2 || WORD_CHAR.test(text.slice(prevEnd, at))) &&
    (span >= spans.length || WORD_CHAR.test(text.slice(at, nextStart)))
  );
}
