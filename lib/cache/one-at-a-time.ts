/**
 * Work that runs one piece after another: each heavy build yields to the event loop between slices, and
 * with several running at once a cheap request waited for a slice of each of them in every turn.
 */
export function oneAtATime(): <T>(work: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>) => {
    const run = last.then(work, work);
    last = run.catch(() => {});
    return run;
  };
}
