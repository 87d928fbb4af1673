/**
 * Progress of a long run of examples (issue 11, item 4). On an interactive
 * terminal, once running examples has taken more than `delayMs`, one line is
 * rewritten in place: `examples: 120 of 300 run`. Elsewhere (CI logs, a pipe)
 * it prints nothing, so the log keeps its one summary line at the end.
 */
export interface ProgressStream {
  isTTY?: boolean | undefined;
  write(text: string): unknown;
}

export interface ProgressOptions {
  stream: ProgressStream;
  /** Shown only when running has lasted this long, so a quick build stays quiet. @default 2000 */
  delayMs?: number;
  /** At most one redraw per this many ms. @default 100 */
  intervalMs?: number;
  /** @default performance.now */
  now?: () => number;
  /** @default `process.env.CI` is set */
  ci?: boolean;
}

export interface Progress {
  update(done: number, total: number): void;
}

/** Clears the line and returns the cursor to its start (ECMA-48 EL2 + CR). */
const CLEAR_LINE = '\x1b[2K\r';

export function createProgress({ stream, delayMs = 2_000, intervalMs = 100, now = () => performance.now(), ci = Boolean(process.env['CI']) }: ProgressOptions): Progress {
  const interactive = stream.isTTY === true && !ci;
  let startedAt: number | undefined;
  let drawnAt = -Infinity;
  let shown = false;
  return {
    update(done, total) {
      if (!interactive) return;
      const time = now();
      if (done >= total) {
        startedAt = undefined;
        if (shown) stream.write(CLEAR_LINE);
        shown = false;
        return;
      }
      startedAt ??= time;
      if (time - startedAt < delayMs || time - drawnAt < intervalMs) return;
      drawnAt = time;
      shown = true;
      stream.write(`${CLEAR_LINE}examples: ${done} of ${total} run`);
    },
  };
}
