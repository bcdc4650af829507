/**
 * The init script every page gets (main world, before the page's own scripts). The main world
 * sees DOM changes that the content script makes from its isolated world, so a MutationObserver
 * here timestamps every `<tl-term>` as it is added, and the end of the frame that shows it
 * (`laidOut`: the layout of the wrapped text is paid there, not in the insertion);
 * PerformanceObservers keep the long tasks and long animation frames (with their script
 * attribution) from the start of the page.
 */
function recorder() {
  const TICK_MS = 50;
  if (window !== window.top || /** @type {any} */ (window).__tlrec) return;
  const rec = {
    count: 0,
    first: -1,
    last: -1,
    /** the first task after the frame that followed the latest highlight insertion */
    laidOut: -1,
    /** @type {number[]} when a 50 ms interval timer of the page ran */
    ticks: [],
    /** @type {number[][]} [startTime, duration] */
    longTasks: [],
    /** @type {{ start: number, duration: number, renderStart: number, styleAndLayoutStart: number, scripts: { url: string, invoker: string, start: number, duration: number }[] }[]} */
    frames: [],
  };
  /** @type {any} */ (window).__tlrec = rec;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // not supported: longest task stays unknown
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of /** @type {any[]} */ (list.getEntries())) {
        rec.frames.push({
          start: e.startTime,
          duration: e.duration,
          renderStart: e.renderStart,
          styleAndLayoutStart: e.styleAndLayoutStart,
          scripts: (e.scripts ?? []).map((/** @type {any} */ s) => ({
            url: s.sourceURL,
            invoker: s.invoker,
            start: s.startTime,
            duration: s.duration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // not supported
  }
  // Highlights come after DOMContentLoaded (the content script runs at document_end, then awaits
  // its settings and a frame): start watching then, not during parsing.
  const watch = () => {
    // A page timer: how long the page's own callbacks wait while we work (60 s at most).
    const ticks = rec.ticks;
    const timer = setInterval(() => {
      const now = performance.now();
      ticks.push(now);
      if (now - ticks[0] > 60_000) clearInterval(timer);
    }, TICK_MS);
    ticks.push(performance.now());
    // One frame request at a time. It is settled when the frame starts (not when its task runs),
    // so highlights added between the frame and that task ask for a frame of their own.
    let framePending = false;
    const stampAfterFrame = () => {
      framePending = true;
      requestAnimationFrame(() => {
        framePending = false;
        setTimeout(() => (rec.laidOut = performance.now()), 0);
      });
    };
    new MutationObserver((records) => {
      const now = performance.now();
      let added = false;
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n.nodeName === 'TL-TERM') {
            /** @type {any} */ (n).__tlAt = now; // for the first-screen time
            rec.count++;
            if (rec.first < 0) rec.first = now;
            rec.last = now;
            added = true;
          }
        }
      }
      if (added && !framePending) stampAfterFrame();
    }).observe(document, { childList: true, subtree: true });
  };
  document.addEventListener('DOMContentLoaded', watch, { once: true, capture: true });
}

export const RECORDER_SCRIPT = `(${recorder.toString()})();`;
