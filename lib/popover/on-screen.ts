/**
 * The terms on screen, for loading their cards before the reader taps one. `terms` are in
 * document order, which is top to bottom on most pages: a binary search finds the first one that
 * reaches the screen, then the walk goes on while they are on it. On a page laid out otherwise
 * it finds fewer (the cards then load at the tap, as without this).
 */
export function termsOnScreen(
  terms: readonly HTMLElement[],
  win: Window,
  max: number,
): HTMLElement[] {
  const height = win.innerHeight;
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid]!.getBoundingClientRect().bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  const found: HTMLElement[] = [];
  for (let i = lo; i < terms.length && found.length < max; i++) {
    const r = terms[i]!.getBoundingClientRect();
    if (r.top > height) break;
    if (r.width || r.height) found.push(terms[i]!);
  }
  return found;
}
