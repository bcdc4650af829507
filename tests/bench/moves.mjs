/**
 * A reader's moves for the bench's diagnostics (loaf-dump.mjs, timeline.mjs), run in the page
 * with `page.evaluate(move, screens)`: each is self-contained, as evaluate needs. The bench's own
 * measured moves, with their coverage samples, are in scroll.mjs.
 */

/** One screen a second, `screens` times (as the bench's skim). @param {number} screens */
export async function skimScreens(screens) {
  for (let i = 0; i < screens; i++) {
    scrollBy(0, innerHeight);
    await new Promise((ok) => setTimeout(ok, 1000));
  }
}

/** `screens` screens at ten a second, a step each frame (as the bench's fling). @param {number} screens */
export async function flingScreens(screens) {
  const perMs = (10 * innerHeight) / 1000;
  let last = performance.now();
  for (let moved = 0; moved < screens * innerHeight;) {
    await new Promise((ok) => requestAnimationFrame(ok));
    const now = performance.now();
    const dy = Math.min(perMs * (now - last), screens * innerHeight - moved);
    scrollBy(0, dy);
    moved += dy;
    last = now;
  }
}
