import { TERM_TAG } from './skip-rules';
import { sliceDeadline, yieldToMain } from './slices';

/**
 * Removes our highlight elements below `roots` and gives the page back its text exactly: mark.js
 * split one text node into [before, highlight, after], so each highlight's text is merged back
 * into the text node before it together with the one after it. The page's original Text object
 * survives, which matters to frameworks that hold references to their text nodes.
 *
 * Works through every root, giving the main thread back every `sliceMs`.
 */
export async function unhighlightInSlices(
  roots: readonly ParentNode[],
  sliceMs: number,
  win: Window & typeof globalThis,
): Promise<void> {
  const terms = roots.flatMap((root) => [...root.querySelectorAll(TERM_TAG)]);
  let timeUp = sliceDeadline(sliceMs);
  for (let i = 0; i < terms.length; i++) {
    unwrapTerm(terms[i]!);
    if ((i & 63) === 63 && timeUp()) {
      await yieldToMain(win);
      timeUp = sliceDeadline(sliceMs);
    }
  }
}

export function unwrapTerm(term: Element): void {
  const parent = term.parentNode;
  if (!parent) return;
  const doc = term.ownerDocument;
  const text = term.textContent ?? '';
  const prev = term.previousSibling;
  const next = term.nextSibling;
  if (prev && prev.nodeType === Node.TEXT_NODE) {
    (prev as Text).appendData(text);
    term.remove();
    if (next && next.nodeType === Node.TEXT_NODE) {
      (prev as Text).appendData((next as Text).data);
      next.remove();
    }
  } else if (next && next.nodeType === Node.TEXT_NODE) {
    (next as Text).insertData(0, text);
    term.remove();
  } else {
    parent.replaceChild(doc.createTextNode(text), term);
  }
}
