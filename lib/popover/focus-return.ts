/**
 * Where keyboard focus goes when it leaves the card: the card reads as if it sat right after its
 * term, so Shift+Tab before its first control lands on the term, and Tab past its last control
 * lands on whatever the page has next after the term.
 */
const TABBABLE =
  'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable="true"]';

/** The first element after `el` in the page's Tab order (tabindex 0 and native order), or null. */
export function nextTabbableAfter(el: Element): HTMLElement | null {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_ELEMENT);
  walker.currentNode = el;
  // Skip the term's own subtree: its descendants come before it in Tab order anyway.
  let node: Node | null = lastDescendant(el);
  walker.currentNode = node;
  while ((node = walker.nextNode())) {
    if (isTabbable(node as HTMLElement)) return node as HTMLElement;
  }
  return null;
}

function lastDescendant(el: Element): Element {
  let last = el;
  while (last.lastElementChild) last = last.lastElementChild;
  return last;
}

function isTabbable(el: HTMLElement): boolean {
  if (!el.matches(TABBABLE)) return false;
  if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled) return false;
  if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
  // Not rendered (display: none, or inside something that is): no boxes.
  return el.getClientRects().length > 0;
}
