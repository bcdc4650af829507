import Mark from 'mark.js';
import { TERM_TAG } from './skip-rules';
import type { TermFinder } from './types';

/** Called for each new highlight element, in document order within a text node. */
export type OnTermWrapped = (element: HTMLElement, id: string) => void;

// One mark.js call cannot be cut short, so each gets about this much text (a few ms of work),
// and at most this many contexts (mark.js dedupes them with an O(n²) `contains` scan).
const CHARS_PER_CALL = 8_000;
const CONTEXTS_PER_CALL = 32;

export interface WrapJob {
  /** Subtrees to hand to mark.js (see regions.ts). */
  regions: readonly Node[];
  /** The text nodes that may be wrapped: collected, so already checked against the skip rules. */
  allowed: Set<Text>;
  finder: TermFinder;
  keep: (id: string) => boolean;
  onWrapped: OnTermWrapped;
}

/**
 * Marks `job.regions[from..]` with mark.js, a few regions per call, until `timeUp()`. Returns the
 * index of the first region not yet processed.
 *
 * mark.js walks every text node of a region; its filter lets through only the collected ones
 * (which keeps links, code, editable areas... untouched). It hands the filter the text node and
 * the matched string but not the position; since it runs our global regex with `exec`,
 * `regex.lastIndex` is the end of the current match, which lets the finder's guards look at the
 * words around it.
 */
export function wrapRegions(job: WrapJob, from: number, timeUp: () => boolean): number {
  const { regions } = job;
  let i = from;
  while (i < regions.length) {
    const batch: Node[] = [];
    let chars = 0;
    while (i < regions.length && batch.length < CONTEXTS_PER_CALL && chars < CHARS_PER_CALL) {
      const region = regions[i++]!;
      if (!region.isConnected) continue;
      batch.push(region);
      chars += region.textContent?.length ?? 0;
    }
    if (batch.length) markBatch(batch, job);
    if (timeUp()) break;
  }
  return i;
}

function markBatch(batch: Node[], { allowed, finder, keep, onWrapped }: WrapJob): void {
  const { regex } = finder;
  let pendingId: string | null = null;
  regex.lastIndex = 0;
  new Mark(batch as unknown as HTMLElement[]).markRegExp(regex, {
    element: TERM_TAG,
    exclude: [],
    filter(textNode: Text, match: string) {
      if (!allowed.has(textNode)) return false;
      const end = regex.lastIndex;
      pendingId = finder.accept(textNode.data, end - match.length, end);
      return pendingId !== null && keep(pendingId);
    },
    each(element: Element) {
      // mark.js goes on in the text after the highlight, a new node: it may be wrapped too.
      const rest = element.nextSibling;
      if (rest && rest.nodeType === 3) allowed.add(rest as Text);
      onWrapped(element as HTMLElement, pendingId!);
    },
  });
  regex.lastIndex = 0;
}
