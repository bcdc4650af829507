/**
 * Puts each match of a global regex in text nodes into an element of its own. This is the one
 * thing we used mark.js for (its markRegExp), written out: mark.js also carried keyword search,
 * diacritics tables, ranges and iframes, 13 kB of the content script (its budget is 85 kB), and
 * walked each text node with a live NodeIterator, which a 2 MB page paid for in updates.
 * __tests__/wrap-matches.test.ts checks that it wraps exactly what mark.js wrapped.
 */

/** mark.js never wrapped text directly inside these (skip-rules.ts leaves out all but html too). */
const NEVER_INSIDE = 'script,style,title,head,html';

export interface MatchWrapping {
  /** Tag name of the new elements. */
  tag: string;
  /** Whether this match gets its element; `regex.lastIndex` is then the end of the match. */
  accept(node: Text, match: string): boolean;
  /** Each new element, just after it took the match's place (text after it is a new node). */
  wrapped(element: HTMLElement): void;
}

/**
 * Runs `regex` (global) over each of `nodes` in order, each node once, and wraps the matches
 * `accept` takes. After a wrapped match the search starts again at the beginning of the rest of
 * the text node (lastIndex 0); after a refused one it goes on from the end of that match.
 */
export function wrapMatches(
  nodes: readonly Text[],
  regex: RegExp,
  { tag, accept, wrapped }: MatchWrapping,
): void {
  // Chosen before any node changes: a wrap splits its own node and moves no other.
  const todo = [...new Set(nodes)].filter(
    (node) => !(node.parentNode as Element | null)?.matches?.(NEVER_INSIDE),
  );
  for (let node of todo) {
    let match: RegExpExecArray | null;
    while ((match = regex.exec(node.data)) !== null && match[0] !== '') {
      if (!accept(node, match[0])) continue;
      const hit = node.splitText(match.index);
      node = hit.splitText(match[0].length);
      const element = node.ownerDocument.createElement(tag);
      element.textContent = hit.data;
      hit.replaceWith(element);
      wrapped(element);
      regex.lastIndex = 0;
    }
  }
}
