/**
 * A pool of long-lived example processes (example-process.ts), up to one per
 * core, that the build hands runs to. It starts with one and adds another only
 * while runs wait behind busy ones: a process costs its start and the runtime's
 * first load (about 0.15 s of CPU), more than a course's short runs take,
 * so a few quick examples go through one process, and long ones spread out.
 *
 * A child process rather than a thread inside the build: an example that
 * calls `process.exit`, kills its process, or runs out of memory ends only its
 * child, which is replaced, and the example is reported at its file:line. A
 * run that outlives its time limit has its child killed and replaced too.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import type { Verdict } from '../../example-runtime/exercise.ts';
import { helperFile } from '../helpers/helper-files.ts';
import type { FromChild, RunInput, ToChild } from './process-protocol.ts';

export type RunResult =
  | { kind: 'ok'; output: string; verdict?: Verdict | undefined }
  | { kind: 'threw'; output: string; error: string; line: number | undefined }
  | { kind: 'timeout'; output: string; timeoutMs: number }
  /** The process running it died: `reason` completes "The example …". */
  | { kind: 'crashed'; output: string; reason: string };

export interface PoolRun {
  input: RunInput;
  /** Module code by hash, for the hashes in `input.modules`. */
  code: Readonly<Record<string, string>>;
  timeoutMs: number;
}

/** The V8 heap each example process may use (old space), in MB: an example that needs more is stopped and reported. */
export const MEMORY_CAP_MB = 256;

/** A process that has not even started up by then is stuck (a machine under extreme load). */
const STARTUP_LIMIT_MS = 60_000;
/** A process is retired after this many runs, so nothing an example left behind can accumulate. */
const RUNS_PER_PROCESS = 500;
/**
 * How long runs may wait behind one that is running before another process is started (when the pool
 * may grow): longer than a short example takes on a busy machine, so quick runs never start a second
 * process, short enough that slow examples soon have every core. The clock starts when a run has
 * begun, not while its process boots: a machine too busy to start a process quickly gains nothing
 * from starting another.
 */
const BACKLOG_MS = 300;
/** How much of a dead process's stderr is kept to explain its death. */
const STDERR_TAIL = 4_000;

interface Job {
  id: number;
  run: PoolRun;
  lines: string[];
  resolve: (result: RunResult) => void;
}

interface Child {
  process: ChildProcess;
  /** Module hashes this process already holds. */
  known: Set<string>;
  job: Job | undefined;
  /** It has started up (it said 'ready'): from then on a run begins as it is sent, so its job is running. */
  ready: boolean;
  runs: number;
  stderr: string;
  timer: NodeJS.Timeout | undefined;
}

/** Why a process died, in words for the author: completes "The example …". */
function deathOf(code: number | null, signal: NodeJS.Signals | null, stderr: string): string {
  if (/heap out of memory|Reached heap limit|Allocation failed/i.test(stderr)) return `ran out of memory: it may use up to ${MEMORY_CAP_MB} MB`;
  return signal ? `killed the process running it (${signal})` : `ended the process running it (exit code ${code})`;
}

export interface PoolOptions {
  /** How many processes run at once, by default one per core. */
  size?: number | undefined;
  /** More Node options for each process (the tests use `--import` to make one slow). */
  execArgv?: readonly string[] | undefined;
}

export class ProcessPool {
  readonly #size: number;
  readonly #execArgv: readonly string[];
  readonly #children = new Set<Child>();
  readonly #queue: Job[] = [];
  #nextId = 1;
  #closed = false;
  /** Started while runs wait and the pool may grow; reset whenever a run finishes. */
  #backlogTimer: NodeJS.Timeout | undefined;

  constructor({ size = availableParallelism(), execArgv = [] }: PoolOptions = {}) {
    this.#size = Math.max(1, size);
    this.#execArgv = execArgv;
  }

  /** Starts the first process ahead of the first run, so its start-up overlaps other work. */
  warm(): void {
    if (this.#children.size === 0 && !this.#closed) this.#spawn();
  }

  /** The example processes' ids, for a benchmark that reads their CPU time. */
  get pids(): number[] {
    return [...this.#children].flatMap((child) => child.process.pid ?? []);
  }

  run(run: PoolRun): Promise<RunResult> {
    return new Promise((resolve) => {
      this.#queue.push({ id: this.#nextId++, run, lines: [], resolve });
      this.#dispatch();
    });
  }

  /** Stops every process; a run still queued or running gets no result. */
  close(): void {
    this.#closed = true;
    clearTimeout(this.#backlogTimer);
    for (const child of this.#children) child.process.kill('SIGKILL');
    this.#children.clear();
  }

  #dispatch(): void {
    while (this.#queue.length > 0 && !this.#closed) {
      const idle = [...this.#children].find((candidate) => candidate.job === undefined);
      const child = idle ?? (this.#children.size === 0 ? this.#spawn() : undefined);
      if (!child) return this.#watchBacklog();
      this.#start(child, this.#queue.shift()!);
    }
  }

  /** Runs wait behind a running one: if none finishes within BACKLOG_MS, another process takes the next. */
  #watchBacklog(): void {
    if (this.#backlogTimer || this.#children.size >= this.#size) return;
    if (![...this.#children].some((child) => child.ready && child.job !== undefined)) return;
    this.#backlogTimer = setTimeout(() => {
      this.#backlogTimer = undefined;
      if (this.#closed || this.#queue.length === 0 || this.#children.size >= this.#size) return;
      this.#start(this.#spawn(), this.#queue.shift()!);
      this.#dispatch();
    }, BACKLOG_MS);
    // Waiting for it must not keep the build (or a test run) alive; the busy processes do that.
    this.#backlogTimer.unref();
  }

  #start(child: Child, job: Job): void {
    child.job = job;
    child.runs++;
    const missing = Object.fromEntries(Object.values(job.run.input.modules).filter((hash) => !child.known.has(hash)).map((hash) => [hash, job.run.code[hash] ?? '']));
    if (Object.keys(missing).length > 0) {
      this.#send(child, { type: 'modules', code: missing });
      for (const hash of Object.keys(missing)) child.known.add(hash);
    }
    this.#send(child, { type: 'run', id: job.id, input: job.run.input });
    this.#ref(child, true);
    if (child.ready) this.#begin(child, job);
    else child.timer = setTimeout(() => this.#timeout(child, job), STARTUP_LIMIT_MS);
  }

  /**
   * The run is under way: its time limit runs from now. A ready process makes the run's context at
   * once (about a millisecond), so the run is not told when it starts: one message less per run.
   */
  #begin(child: Child, job: Job): void {
    clearTimeout(child.timer);
    child.timer = setTimeout(() => this.#timeout(child, job), job.run.timeoutMs);
    if (this.#queue.length > 0) this.#watchBacklog();
  }

  #send(child: Child, message: ToChild): void {
    child.process.send(message);
  }

  #spawn(): Child {
    const process = fork(helperFile('example-process'), [], {
      execArgv: [`--max-old-space-size=${MEMORY_CAP_MB}`, ...this.#execArgv],
      // One time zone everywhere, so a date printed in local time is the same on every machine.
      env: { ...globalThis.process.env, TZ: 'UTC' },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'json',
    });
    const child: Child = { process, known: new Set(), job: undefined, ready: false, runs: 0, stderr: '', timer: undefined };
    this.#children.add(child);
    process.stderr?.on('data', (chunk: Buffer) => (child.stderr = (child.stderr + chunk.toString()).slice(-STDERR_TAIL)));
    process.on('message', (message: FromChild) => this.#receive(child, message));
    process.on('exit', (code, signal) => this.#exited(child, code, signal));
    // A failure to start the process is reported as its exit.
    process.on('error', () => undefined);
    this.#ref(child, false);
    return child;
  }

  #receive(child: Child, message: FromChild): void {
    if (message.type === 'ready') {
      child.ready = true;
      if (child.job) this.#begin(child, child.job);
      return;
    }
    const job = child.job;
    if (!job || message.id !== job.id) return;
    if (message.type === 'lines') job.lines.push(...message.lines);
    else if (message.type === 'done') this.#finish(child, { kind: 'ok', output: job.lines.join('\n'), verdict: message.verdict });
    else this.#finish(child, { kind: 'threw', output: job.lines.join('\n'), error: message.text, line: message.line });
  }

  #timeout(child: Child, job: Job): void {
    if (child.job !== job) return;
    // Whatever it is stuck in, the process cannot be trusted with another run.
    this.#finish(child, { kind: 'timeout', output: job.lines.join('\n'), timeoutMs: job.run.timeoutMs }, true);
  }

  #exited(child: Child, code: number | null, signal: NodeJS.Signals | null): void {
    const job = child.job;
    this.#children.delete(child);
    clearTimeout(child.timer);
    if (job) {
      child.job = undefined;
      job.resolve({ kind: 'crashed', output: job.lines.join('\n'), reason: deathOf(code, signal, child.stderr) });
    }
    this.#dispatch();
  }

  /** @param retire end the process (before the next run is handed out), rather than keep it for the next */
  #finish(child: Child, result: RunResult, retire = child.runs >= RUNS_PER_PROCESS): void {
    const job = child.job;
    if (!job) return;
    // The queue moves: the wait for another process starts again.
    clearTimeout(this.#backlogTimer);
    this.#backlogTimer = undefined;
    clearTimeout(child.timer);
    child.job = undefined;
    job.resolve(result);
    if (retire) this.#retire(child);
    else this.#ref(child, false);
    this.#dispatch();
  }

  /** Takes a process out of the pool and ends it; a replacement starts when there is work. */
  #retire(child: Child): void {
    this.#children.delete(child);
    child.job = undefined;
    child.process.removeAllListeners('exit');
    child.process.kill('SIGKILL');
  }

  /** An idle process must not keep the build (or a test run) alive. */
  #ref(child: Child, busy: boolean): void {
    const handles = [child.process, child.process.channel, child.process.stderr] as ({ ref?(): void; unref?(): void } | null | undefined)[];
    for (const handle of handles) {
      if (busy) handle?.ref?.();
      else handle?.unref?.();
    }
  }
}
