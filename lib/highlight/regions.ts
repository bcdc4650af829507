/**
 * The roots handed to mark.js. mark.js opens one live NodeIterator per context, and Chromium
 * updates every live iterator (until garbage collection) on each node removed from the document;
 * mark.js removes one node per highlight. Handing it each text node on its own made that
 * quadratic (7,000 iterators x 10,000 highlights: seconds on a 2 MB page). So the contexts are
 * the largest subtrees around the collected text that stay small enough for one quick call.
 */

/** A subtree with at most this many characters of text is marked in one mark.js call. */
export const MAX_REGION_CHARS = 16_000;

/**
 * The disjoint regions that hold `nodes`: for each text node, its highest ancestor (not above
 * `root`) with at most `maxChars` characters of text, or the text node itself when even its
 * parent is larger. In the order of first appearance in `nodes`.
 */
export function regionsFor(
  nodes: readonly Text[],
  root: Node,
  maxChars = MAX_REGION_CHARS,
): Node[] {
  const sizes = new Map<Node, number>();
  const size = (n: Node) => {
    let s = sizes.get(n);
    if (s === undefined) {
      s = n.textContent?.length ?? 0;
      sizes.set(n, s);
    }
    return s;
  };
  const regions = new Set<Node>();
  for (const text of nodes) {
    let region: Node = text;
    for (let p = text.parentNode; p && p.nodeType === 1 && size(p) <= maxChars; p = p.parentNode) {
      region = p;
      if (p === root) break;
    }
    regions.add(region);
  }
  return [...regions];
}
