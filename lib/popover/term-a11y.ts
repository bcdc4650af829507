/**
 * Makes the first mention of each term a keyboard stop and tells assistive technology it opens a
 * definition. Later mentions stay out of the Tab order, so a page full of terms is not flooded.
 */
export function makeTermReachable(el: HTMLElement, first: boolean): void {
  if (!first) return;
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
  el.setAttribute('aria-haspopup', 'dialog');
  el.setAttribute('aria-expanded', 'false');
  el.setAttribute('aria-description', 'Has a Termlight definition. Press Enter to open it.');
}
