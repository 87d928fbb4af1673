/**
 * Counts the turns of a busy event loop that an asynchronous step takes, as a
 * build's loop is busy while Vite bundles and the pages are generated: each
 * turn holds the thread for `busyMs`, as a compile or a page does. A step that
 * awaits its reads or answers one after the other needs a turn for each; one
 * that starts them together needs a few turns in all.
 */
export async function turnsTaken(step: () => Promise<unknown>, busyMs = 2): Promise<number> {
  let done = false;
  const finished = step().finally(() => {
    done = true;
  });
  // A failure is thrown below, once the loop has stopped; until then it is not left unhandled.
  finished.catch(() => undefined);
  let turns = 0;
  while (!done) {
    await new Promise((resolve) => setImmediate(resolve));
    turns++;
    const until = performance.now() + busyMs;
    while (performance.now() < until) {
      // The thread is busy, as it is with a lesson's compile: I/O completions wait for the next turn.
    }
  }
  await finished;
  return turns;
}
