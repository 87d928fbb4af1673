/**
 * The build's handle on its example runner, which lives in a process of its
 * own (runner-process.ts says why). It answers as ExampleRunner does, so the
 * lessons' plugin and the downloads need not know where the work is done.
 */
import type { ChildProcess } from 'node:child_process';
import { forkHelper, holdOpenWhile } from '../helpers/fork-helper.ts';
import { helperFiles } from '../helpers/helper-files.ts';
import type { Example } from './find-examples.ts';
import type { Outcome, ProgressListener, RunStats } from './runner.ts';
import type { OutcomeWithoutExample, PageProgram, Request, Response, RunnerProcessOptions } from './runner-process-protocol.ts';

export type { PageProgram } from './runner-process-protocol.ts';

/** An example's outcome, and the program its page runs it from. */
export type LessonOutcome = Outcome & { page: PageProgram };

/** What the lessons' plugin and the downloads ask of a runner. */
export interface LessonRunner {
  run(examples: readonly Example[]): Promise<LessonOutcome[]>;
}

type RequestBody = Request extends infer R ? (R extends Request ? Omit<R, 'id'> : never) : never;

/** What the build gives the runner: all it starts with but the helpers' bundles, which it adds itself. */
export type RunnerClientOptions = Omit<RunnerProcessOptions, 'helperFiles'>;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class RunnerProcessClient implements LessonRunner {
  readonly #options: RunnerClientOptions;
  #process: ChildProcess | undefined;
  readonly #pending = new Map<number, Pending>();
  #next = 0;
  #stopped: Error | undefined;
  #stats: RunStats = { run: 0, cached: 0 };
  /** The module keys examples import (for the page's bundles), as of the runner's last answer. */
  readonly moduleKeys = new Set<string>();
  onProgress: ProgressListener | undefined;

  constructor(options: RunnerClientOptions) {
    this.#options = options;
  }

  /** The process, started when first asked for something (`astro check` never does). */
  get #child(): ChildProcess {
    if (!this.#process) {
      const options: RunnerProcessOptions = { ...this.#options, helperFiles: helperFiles() };
      // --single-threaded: see fork-helper.ts. The example processes it starts are given their own flags.
      const child = forkHelper('runner-process', { args: [JSON.stringify(options)], execArgv: ['--single-threaded'] });
      child.on('message', (response: Response) => this.#receive(response));
      child.on('error', (error) => this.#stop(error));
      child.on('exit', (code, signal) => this.#stop(new Error(`the example runner's process ended (${signal ?? `exit code ${code}`})`)));
      this.#process = child;
    }
    return this.#process;
  }

  /** Starts TypeScript and the example processes, and on a cold start runs every example of the course. */
  start(): Promise<void> {
    return this.#ask({ kind: 'start' }).then(() => undefined);
  }

  async run(examples: readonly Example[]): Promise<LessonOutcome[]> {
    const outcomes = (await this.#ask({ kind: 'run', examples: [...examples] })) as OutcomeWithoutExample[];
    return outcomes.map((outcome, index) => ({ ...outcome, example: examples[index]! }));
  }

  /** Forgets this session's runs and bundles (`astro dev`, after a module examples import changed). */
  invalidate(): void {
    void this.#ask({ kind: 'invalidate' }).catch(() => undefined);
  }

  /** The build is complete: the cache keeps only what it used, and the runner's process and its helpers end. */
  async finish(): Promise<void> {
    this.#stats = (await this.#ask({ kind: 'finish' })) as RunStats;
    // Told the build is gone, the process ends (runner-process.ts), its helpers closed already.
    this.#process?.disconnect();
    this.#stopped ??= new Error("the example runner's process ended: the build had finished");
  }

  /** The runner's process id, once it has started (for the tests, which check it ends with the build). */
  get pid(): number | undefined {
    return this.#process?.pid;
  }

  /** How many distinct examples this build ran, and how many it found cached (after finish()). */
  get stats(): RunStats {
    return this.#stats;
  }

  #ask(body: RequestBody): Promise<unknown> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#child.send({ ...body, id } as Request);
      holdOpenWhile(this.#process, true);
    });
  }

  #receive(response: Response): void {
    if (response.kind === 'progress') {
      this.onProgress?.(response.done, response.total);
      return;
    }
    const pending = this.#pending.get(response.id);
    this.#pending.delete(response.id);
    holdOpenWhile(this.#process, this.#pending.size > 0);
    if (response.kind === 'failed') {
      pending?.reject(new Error(response.error));
      return;
    }
    for (const key of response.moduleKeys) this.moduleKeys.add(key);
    pending?.resolve(response.value);
  }

  #stop(error: Error): void {
    this.#stopped ??= error;
    holdOpenWhile(this.#process, false);
    for (const { reject } of this.#pending.values()) reject(this.#stopped);
    this.#pending.clear();
  }
}
