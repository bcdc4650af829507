import Mark from 'mark.js';
import { TERM_TAG } from './skip-rules';
import type { TermFinder } from './types';

/** Called for each new highlight element, in document order within a text node. */
export type OnTermWrapped = (element: HTMLElement, id: string) => void;

// mark.js dedupes its contexts with an O(n²) `contains` scan: keep each call small.
const BATCH = 48;

/**
 * Wraps the accepted matches in `nodes[from..]` with mark.js, batch by batch, until `timeUp()`.
 * Returns the index of the first node not yet processed.
 *
 * mark.js hands its filter the text node and the matched string but not the position; since it
 * runs our global regex with `exec`, `regex.lastIndex` is the end of the current match, which
 * lets the finder's guards look at the words around it.
 */
export function wrapTextNodes(
  nodes: readonly Text[],
  from: number,
  finder: TermFinder,
  keep: (id: string) => boolean,
  onWrapped: OnTermWrapped,
  timeUp: () => boolean,
): number {
  let i = from;
  while (i < nodes.length) {
    const batch = nodes.slice(i, i + BATCH).filter(isStillWrappable);
    i += BATCH;
    if (batch.length) markBatch(batch, finder, keep, onWrapped);
    if (timeUp()) break;
  }
  return Math.min(i, nodes.length);
}

function markBatch(
  batch: Text[],
  finder: TermFinder,
  keep: (id: string) => boolean,
  onWrapped: OnTermWrapped,
): void {
  const { regex } = finder;
  let pendingId: string | null = null;
  regex.lastIndex = 0;
  new Mark(batch as unknown as HTMLElement[]).markRegExp(regex, {
    element: TERM_TAG,
    exclude: [],
    filter(textNode: Text, match: string) {
      const end = regex.lastIndex;
      pendingId = finder.accept(textNode.data, end - match.length, end);
      return pendingId !== null && keep(pendingId);
    },
    each(element: Element) {
      onWrapped(element as HTMLElement, pendingId!);
    },
  });
  regex.lastIndex = 0;
}

/** A node collected earlier may have been removed or wrapped since (pages change under us). */
function isStillWrappable(node: Text): boolean {
  const parent = node.parentNode;
  return !!parent && node.isConnected && (parent as Element).tagName !== TERM_TAG.toUpperCase();
}
