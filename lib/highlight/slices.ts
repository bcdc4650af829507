/** Cooperative time-slicing: long jobs give the main thread back so no task runs over budget. */

export interface Clock {
  now(): number;
}

/** A deadline for one slice of work. */
export function sliceDeadline(budgetMs: number, clock: Clock = performance): () => boolean {
  const end = clock.now() + budgetMs;
  return () => clock.now() >= end;
}

/**
 * Resolves in a new task, after the browser has had a chance to paint and to run input handlers
 * and the page's own timers. `scheduler.postTask` queues us as an ordinary task; a MessageChannel
 * is the fallback because nested `setTimeout(0)` calls are clamped to 4 ms. (Not
 * `scheduler.yield()`: its continuations jump ahead of the page's timers, which then starved for
 * seconds on a 2 MB page.)
 */
export function yieldToMain(win: Window & typeof globalThis = window): Promise<void> {
  const scheduler = (win as { scheduler?: { postTask?: (cb: () => void) => Promise<void> } })
    .scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined);
  return new Promise((resolve) => {
    const channel = new win.MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Longest wait for a frame: a tab in the background or an occluded window may get none. */
const FRAME_WAIT_CAP_MS = 200;

/**
 * Resolves in a task after the browser's next rendering update, so that style and layout are
 * fresh: reading them then costs nothing, where reading them before (say, right after
 * DOMContentLoaded, before the first layout of a 2 MB page) would make our task do that whole
 * layout. Resolves with how long that rendering took (from the frame's animation callbacks to the
 * task after it), or NaN when there was no frame: a hidden document gets none, so there it
 * resolves at once, and a page that is shown but gets no frames (a background tab can) goes on
 * after a short wait.
 */
export function afterNextFrame(win: Window & typeof globalThis = window): Promise<number> {
  if (win.document.visibilityState === 'hidden') return yieldToMain(win).then(() => NaN);
  return new Promise((resolve) => {
    let done = false;
    const finish = (renderMs: number) => {
      if (done) return;
      done = true;
      win.clearTimeout(timer);
      resolve(renderMs);
    };
    const timer = win.setTimeout(() => finish(NaN), FRAME_WAIT_CAP_MS);
    win.requestAnimationFrame(() => {
      const frameStart = win.performance.now();
      void yieldToMain(win).then(() => finish(win.performance.now() - frameStart));
    });
  });
}
