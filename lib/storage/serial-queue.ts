/**
 * Runs read-modify-write steps one at a time in this context, so two quick changes cannot both
 * read the old value and lose one. A failed step does not stop the ones after it.
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
}
