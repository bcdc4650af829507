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
 * Resolves in a new task, after the browser has had a chance to paint and to run input handlers.
 * `scheduler.yield()` keeps our place in line where it exists; a MessageChannel is the fallback
 * because `setTimeout(0)` is clamped to 4 ms after a few nested calls.
 */
export function yieldToMain(win: Window & typeof globalThis = window): Promise<void> {
  const scheduler = (win as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new win.MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
