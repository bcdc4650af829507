import type { Box } from './placement';

export interface TermAnchor {
  /** Around every line box of the term (a term can wrap onto two lines). */
  line: Box;
  /** The block the term's text flows in, without its padding; null when it cannot be told. */
  column: Box | null;
}

const INLINE = /^(inline|contents|ruby)/;

/** Where a term is on screen, for placing its card; null when it has no box (hidden, detached). */
export function termAnchor(term: Element): TermAnchor | null {
  const rects = [...term.getClientRects()].filter((r) => r.width || r.height);
  if (!rects.length) return null;
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.right));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  return {
    line: { left, top, width: right - left, height: bottom - top },
    column: columnBox(term),
  };
}

function columnBox(term: Element): Box | null {
  const win = term.ownerDocument.defaultView;
  if (!win) return null;
  for (let el = term.parentElement; el; el = el.parentElement) {
    const style = win.getComputedStyle(el);
    if (INLINE.test(style.display)) continue;
    const r = el.getBoundingClientRect();
    const padLeft = parseFloat(style.paddingLeft) || 0;
    const padRight = parseFloat(style.paddingRight) || 0;
    const width = r.width - padLeft - padRight;
    if (width <= 0) return null;
    return { left: r.left + padLeft, top: r.top, width, height: r.height };
  }
  return null;
}
