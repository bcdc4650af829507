import { afterSubtree, hasAcceptedMatch } from './collect';
import { isSkippedElement } from './skip-rules';
import type { TermFinder } from './types';

/** Text nodes looked at between two checks of where the walk has got to on the screen. */
const CHECK_EVERY = 64;

export interface FirstScreenOptions {
  /**
   * Read no layout: stop after this much text instead of at the bottom of the screen. For the
   * moment the page is parsed, before its first full layout, which a rect read would force.
   */
  maxChars?: number;
  /** Text nodes already dealt with: left out. */
  done?: ReadonlySet<Node>;
}

/**
 * The text nodes with terms on the reader's first screen, found without walking the rest of the
 * page: a walk in document order from the top of the screen that stops at the first text below
 * it (or after `maxChars`, or when `timeUp()` says so). Without `maxChars` it reads layout: call
 * it right after a frame, when layout is fresh and reading it costs nothing. In normal flow
 * document order is top to bottom, so the walk covers the screen and a few nodes more; text that
 * CSS places elsewhere is left to the full pass, which finds every node anyway.
 */
export function collectFirstScreen(
  doc: Document,
  finder: TermFinder,
  timeUp: () => boolean,
  { maxChars, done }: FirstScreenOptions = {},
): Text[] {
  const win = doc.defaultView;
  const body = doc.body;
  if (!win || !body) return [];
  const readLayout = maxChars === undefined;
  const height = win.innerHeight;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const start = readLayout ? startNode(doc, win) : null;
  if (start) walker.currentNode = start;
  let node: Node | null = start ?? walker.nextNode();
  // From the top of the page every node counts, whatever its box says (first mentions stay
  // first); from a scrolled screen, text above it waits for the full pass.
  const above = start ? 0 : -Infinity;
  const found: Text[] = [];
  let texts = 0;
  let chars = 0;
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      const withTerm =
        text.data.length > 1 && !done?.has(text) && hasAcceptedMatch(finder, text.data);
      chars += text.data.length;
      if (!readLayout) {
        if (withTerm) found.push(text);
        if (chars > maxChars || (++texts % CHECK_EVERY === 0 && timeUp())) break;
      } else if (withTerm || ++texts % CHECK_EVERY === 0) {
        const rect = text.parentElement?.getBoundingClientRect();
        if (rect && rect.top > height) break; // below the screen: the rest is too
        if (withTerm && (!rect || rect.bottom >= above)) found.push(text);
        if (timeUp()) break;
      }
      node = walker.nextNode();
    } else if (isSkippedElement(node as Element)) {
      node = afterSubtree(walker);
    } else {
      node = walker.nextNode();
    }
  }
  return found;
}

/**
 * Where a scrolled page's screen starts: the earliest in document order of the elements at a
 * few points along the top of the screen (null at the top of the page: the walk starts there).
 */
function startNode(doc: Document, win: Window): Element | null {
  if (win.scrollY <= 0) return null;
  let first: Element | null = null;
  for (const x of [0.25, 0.5, 0.75]) {
    let el = doc.elementFromPoint(win.innerWidth * x, Math.min(8, win.innerHeight / 2));
    if (!el || !doc.body!.contains(el) || el === doc.body) continue;
    for (let a = el.parentElement; a && a !== doc.body; a = a.parentElement) {
      if (isSkippedElement(a)) el = a; // inside a link or a text box: start at it, it is skipped
    }
    if (!first || el.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) first = el;
  }
  return first;
}
