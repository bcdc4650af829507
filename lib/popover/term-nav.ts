import { makeTermReachable } from './term-a11y';

/**
 * The term a keyboard command moves to: the one after (or before) `from`, a term in `terms`
 * (document order); without one, the first term at or below the top of the screen (or the last
 * above its bottom). Null when there is none that way.
 */
export function stepTerm(
  terms: readonly HTMLElement[],
  from: HTMLElement | null,
  direction: 'next' | 'previous',
  viewportHeight: number,
): HTMLElement | null {
  const at = from ? terms.indexOf(from) : -1;
  if (at >= 0) return terms[direction === 'next' ? at + 1 : at - 1] ?? null;
  if (direction === 'next') {
    return terms.find((t) => t.getBoundingClientRect().bottom >= 0) ?? null;
  }
  return terms.findLast((t) => t.getBoundingClientRect().top <= viewportHeight) ?? null;
}

/**
 * Focuses a term for the keyboard commands, whatever the Tab-order setting: a term that is no Tab
 * stop gets tabindex -1 (focusable, still skipped by Tab) and the same role and description.
 */
export function focusTerm(term: HTMLElement): void {
  if (!term.hasAttribute('tabindex')) makeTermReachable(term, true, false);
  term.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  term.focus({ preventScroll: true });
}
