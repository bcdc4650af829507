// What the benchmark's scripts share: a tap timer that runs in the page, and the renderer's main
// thread found in a Chrome trace.

/**
 * In the page (pass it to page.evaluate): sets `window.__tlTap`, a promise of the time from the
 * next touchstart to the first frame in which the card's dialog has a box, as `{ t0, ms }` (t0:
 * the touchstart's timeStamp). That frame is marked `tap:dialog-box` for the trace.
 */
export function armTapTimer() {
  const w = /** @type {any} */ (window);
  w.__tlTap = new Promise((done) => {
    addEventListener(
      'touchstart',
      (e) => {
        const t0 = e.timeStamp;
        const check = () => {
          const dialog = document
            .querySelector('tl-popover')
            ?.shadowRoot?.querySelector('[role="dialog"]');
          if (dialog && dialog.getBoundingClientRect().width > 0) {
            performance.mark('tap:dialog-box');
            done({ t0, ms: performance.now() - t0 });
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      },
      { capture: true, once: true },
    );
  });
}

/**
 * The complete events (ph "X") of the renderer's main thread, the thread with the most task
 * time, in time order.
 * @param {any[]} events
 * @returns {any[]}
 */
export function mainThreadEvents(events) {
  const all = events.filter((e) => e.ph === 'X');
  /** @type {Map<number, number>} */
  const perThread = new Map();
  for (const e of all) {
    if (e.name === 'RunTask') perThread.set(e.tid, (perThread.get(e.tid) ?? 0) + e.dur);
  }
  const main = [...perThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  return all.filter((e) => e.tid === main).sort((a, b) => a.ts - b.ts);
}
