/**
 * Starts the build's helper processes that talk back in structured-clone
 * messages (the example runner's, the highlighter's and the font cutter's;
 * helper-files.ts names them), and keeps them from holding a finished build
 * open. The example processes have their own pool (examples/process-pool.ts).
 *
 * Why the runner and the highlighter are processes, started
 * `--single-threaded`, rather than threads of the build: every thread of a
 * process shares that process's V8 platform, four background threads on any
 * machine that garbage-collect and optimize for all of its isolates at once.
 * On a 2-core machine, while Vite bundled a 6-lesson chapter's pages, those
 * four, the two helper threads and Rolldown's threads left the build's own
 * thread 10–50 ms of each 100 ms. In a process of its own, started
 * `--single-threaded`, a helper collects and compiles on its own thread, in
 * turn with its own work. (Node's `--v8-pool-size` would shrink the build's
 * own pool, but it only takes effect as Node starts, and `astro build` starts
 * Node.)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { helperFile, type HelperName } from './helper-files.ts';

/**
 * V8 flags for a helper that lives about a second and runs cold code once: its WebAssembly is compiled
 * by Liftoff only (`--liftoff-only`), not again in the background by TurboFan, and its JavaScript is
 * optimized by Maglev at most (`--max-opt=2`). TurboFan's compiles, about 0.6 s of a core for harfbuzz's
 * WebAssembly alone, cost such a process more than they save: without them the highlighter of an
 * 18-block chapter took 0.69 s of CPU instead of 0.82 s (six runs each), with the same output.
 */
export const SHORT_LIVED_FLAGS: readonly string[] = ['--liftoff-only', '--max-opt=2'];

export interface HelperOptions {
  /** Its command-line arguments. */
  args?: readonly string[];
  /** Node and V8 flags for it. */
  execArgv: readonly string[];
}

/** A helper process, talking to this one with structured-clone messages (`process.send`). */
export function forkHelper(name: HelperName, { args = [], execArgv }: HelperOptions): ChildProcess {
  return fork(helperFile(name), [...args], { execArgv: [...execArgv], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
}

/** The process keeps this one alive only while `busy` (an answer is awaited): an idle helper never holds a finished build open. */
export function holdOpenWhile(child: ChildProcess | undefined, busy: boolean): void {
  for (const handle of [child, child?.channel] as ({ ref?(): void; unref?(): void } | null | undefined)[]) {
    if (busy) handle?.ref?.();
    else handle?.unref?.();
  }
}
