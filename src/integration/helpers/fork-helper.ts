/**
 * Starts the generator's helper processes (helper-files.ts names them) and
 * keeps them from holding a finished build open.
 *
 * Why processes, each with V8 flags of its own, rather than threads of the
 * build: every thread of a process shares that process's V8 platform, four
 * background threads on any machine that garbage-collect and optimize for
 * all of its isolates at once. During a build's server bundle, those four,
 * the highlighter, the example runner and Rolldown's own threads left the
 * build's thread under a third of a core on a 2-core machine. A helper in a
 * process of its own is started `--single-threaded`: it collects and
 * compiles on its own thread, in turn with its own work, and the build's
 * thread gets the rest of the machine. (Node's `--v8-pool-size`, which
 * would shrink the build's own platform, only takes effect as Node starts,
 * and `astro build` starts Node.)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { helperFile, type HelperName } from './helper-files.ts';

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
