/**
 * Serialises read-modify-write cycles on storage. Two tabs and the popup can write at once; without
 * this, interleaved `get`/`set` pairs would lose an update. The chain lives in the worker, which
 * is the only writer (a content-script lock would belong to the CRM's origin and not help).
 */
export function createQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
