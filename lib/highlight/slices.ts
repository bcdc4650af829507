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
