import { makeTermReachable } from './term-a11y';

/**
 * Focuses a term for the keyboard commands, whatever the Tab-order setting: a term that is no Tab
 * stop gets tabindex -1 (focusable, still skipped by Tab) and the same role and description.
 */
export function focusTerm(term: HTMLElement): void {
  if (!term.hasAttribute('tabindex')) makeTermReachable(term, true, false);
  term.focus(); // scrolls it into view
}
