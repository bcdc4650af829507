import Mark from 'mark.js';
import { LONG_TEXT_CHARS, LongText, type Piece } from './long-text';
import { TERM_TAG } from './skip-rules';
import { withSnapshotIterators } from './snapshot-iterator';
import type { TermFinder } from './types';

/** Called for each new highlight element, in document order within a text node. */
type OnTermWrapped = (element: HTMLElement, id: string) => void;

// One mark.js call cannot be cut short, so each gets about this much text (a few ms of work),
// and at most this many contexts (mark.js dedupes them with an O(n²) `contains` scan).
const CHARS_PER_CALL = 8_000;
const CONTEXTS_PER_CALL = 32;
/**
 * A slice's first call takes this many contexts, each next one twice as many (up to
 * CONTEXTS_PER_CALL): the time is checked between calls, and a first call of 32 nodes ran
 * 14-18 ms on a CPU slowed 4x where the slice had 4 ms.
 */
const FIRST_CONTEXTS = 4;

/**
 * What one text node adds to a slice's size besides its characters. The browser lays out the
 * whole paragraph (or table) of every node a slice changes, however short the node: a term in
 * bold, a table cell. On a CPU slowed 4x the frames after slices grew by about 0.65 ms a node
 * and hardly with the nodes' characters (slices of 156-2,281 characters in 4-53 nodes).
 */
export const NODE_SIZE = 100;

export interface WrapJob {
  /** The collected text nodes (checked against the skip rules), in the order to wrap them. */
  nodes: readonly Text[];
  /** The text nodes that may be wrapped: the collected ones and what is left of them. */
  allowed: Set<Text>;
  finder: TermFinder;
  keep: (id: string) => boolean;
  onWrapped: OnTermWrapped;
  /** Pieces of long text nodes, and what the matcher decided on their whole text. */
  pieces: WeakMap<Text, Piece>;
  /** The long text node being wrapped off the page, if any (see long-text.ts). */
  long?: LongText;
  /** nodes[from..to) are wrapped, in the task that wrapped them (WrapScheduler.wrap). */
  done?: (from: number, to: number) => void;
}

/**
 * Marks `job.nodes[from..]` with mark.js, each text node a context of its own, a batch of them
 * per call, until `timeUp()` or a size of about `maxSize` (characters plus NODE_SIZE a node).
 * Returns the index of the first node not yet done (a long text node stays there until it is
 * put back wrapped) and the size done.
 *
 * mark.js hands the filter the text node and the matched string but not the position; since it
 * runs our global regex with `exec`, `regex.lastIndex` is the end of the current match, which
 * lets the finder's guards look at the words around it.
 */
export function wrapTextNodes(
  job: WrapJob,
  from: number,
  timeUp: () => boolean,
  maxSize = Infinity,
): { next: number; size: number } {
  const { nodes } = job;
  const doc = nodes[from]?.ownerDocument;
  if (!doc) return { next: nodes.length, size: 0 };
  let i = from;
  let total = 0;
  let contexts = FIRST_CONTEXTS;
  // mark.js calls the global `document`'s createNodeIterator: see snapshot-iterator.ts.
  withSnapshotIterators(globalThis.document ?? doc, () => {
    while (i < nodes.length && total < maxSize) {
      const long = job.long;
      if (long && long.original === nodes[i]) {
        // Finding its matches is sliced too; off the page, none of this costs layout.
        if (!long.prepare(timeUp)) break;
        total += wrapLongText(long, job, timeUp);
        if (!long.done) break;
        long.swapIn();
        total += NODE_SIZE;
        job.long = undefined;
        i++;
        continue;
      }
      const batch: Text[] = [];
      let chars = 0;
      while (
        i < nodes.length &&
        batch.length < contexts &&
        chars < CHARS_PER_CALL &&
        total + chars + batch.length * NODE_SIZE < maxSize
      ) {
        const node = nodes[i]!;
        // The page may have removed it since it was collected.
        if (!node.isConnected) {
          i++;
          continue;
        }
        if (node.data.length > LONG_TEXT_CHARS) {
          if (batch.length) break; // the batch before it first
          job.long = new LongText(node, job.finder, job.pieces);
          break;
        }
        batch.push(node);
        chars += node.data.length;
        i++;
      }
      if (batch.length) markBatch(batch, job);
      total += chars + batch.length * NODE_SIZE;
      contexts = Math.min(CONTEXTS_PER_CALL, contexts * 2);
      if (timeUp()) break;
    }
  });
  return { next: i, size: total };
}

/** Wraps pieces of a long text (detached: no layout, no mutation records) until `timeUp()`. */
function wrapLongText(long: LongText, job: WrapJob, timeUp: () => boolean): number {
  let chars = 0;
  while (!long.done) {
    const batch: Text[] = [];
    let batchChars = 0;
    while (!long.done && batchChars < CHARS_PER_CALL) {
      const piece = long.pieces[long.next++]!;
      job.allowed.add(piece);
      batch.push(piece);
      batchChars += piece.data.length;
    }
    markBatch(batch, job);
    chars += batchChars;
    if (timeUp()) break;
  }
  return chars;
}

function markBatch(batch: Text[], { allowed, finder, keep, onWrapped, pieces }: WrapJob): void {
  const { regex } = finder;
  let pendingId: string | null = null;
  let pendingPiece: Piece | undefined;
  let pendingEnd = 0;
  regex.lastIndex = 0;
  new Mark(batch as unknown as HTMLElement[]).markRegExp(regex, {
    element: TERM_TAG,
    exclude: [],
    filter(textNode: Text, match: string) {
      if (!allowed.has(textNode)) return false;
      const end = regex.lastIndex;
      pendingPiece = pieces.get(textNode);
      if (pendingPiece) {
        // Part of a long text: the decision made on the whole of it (see long-text.ts).
        pendingEnd = pendingPiece.offset + end;
        const hit = pendingPiece.accepted.get(pendingEnd - match.length);
        pendingId = hit && hit[0] === pendingEnd ? hit[1] : null;
      } else {
        pendingId = finder.accept(textNode.data, end - match.length, end);
      }
      return pendingId !== null && keep(pendingId);
    },
    each(element: Element) {
      // mark.js's own marker would name every highlight for page scripts.
      element.removeAttribute('data-markjs');
      // mark.js goes on in the text after the highlight, a new node: it may be wrapped too.
      const rest = element.nextSibling;
      if (rest && rest.nodeType === 3) {
        allowed.add(rest as Text);
        if (pendingPiece) pieces.set(rest as Text, { ...pendingPiece, offset: pendingEnd });
      }
      onWrapped(element as HTMLElement, pendingId!);
    },
  });
  regex.lastIndex = 0;
}
