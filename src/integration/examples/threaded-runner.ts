/**
 * The build's handle on its example runner, which lives on a thread of its
 * own (runner-thread.ts says why). It answers as ExampleRunner does, so the
 * lessons' plugin and the downloads need not know where the work is done.
 */
import { Worker } from 'node:worker_threads';
import { helperFile, helperFiles } from '../helpers/helper-files.ts';
import type { CourseRunnerOptions } from './create-runner.ts';
import type { Example } from './find-examples.ts';
import type { Outcome, ProgressListener, RunStats } from './runner.ts';
import type { OutcomeWithoutExample, PageProgram, Request, Response, ThreadOptions } from './runner-thread-protocol.ts';

export type { PageProgram } from './runner-thread-protocol.ts';

/** An example's outcome, and the program its page runs it from. */
export type LessonOutcome = Outcome & { page: PageProgram };

/** What the lessons' plugin and the downloads ask of a runner. */
export interface LessonRunner {
  run(examples: readonly Example[]): Promise<LessonOutcome[]>;
}

type RequestBody = Request extends infer R ? (R extends Request ? Omit<R, 'id'> : never) : never;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class ThreadedRunner implements LessonRunner {
  readonly #options: CourseRunnerOptions & ThreadOptions;
  #thread: Worker | undefined;
  readonly #pending = new Map<number, Pending>();
  #next = 0;
  #stopped: Error | undefined;
  #stats: RunStats = { run: 0, cached: 0 };
  /** The module keys examples import (for the page's bundles), as of the thread's last answer. */
  readonly moduleKeys = new Set<string>();
  onProgress: ProgressListener | undefined;

  constructor(options: CourseRunnerOptions & ThreadOptions) {
    this.#options = options;
  }

  /** The thread, started when first asked for something (`astro check` never does). */
  get #worker(): Worker {
    if (!this.#thread) {
      const thread = new Worker(helperFile('runner-thread'), { workerData: { ...this.#options, helperFiles: helperFiles() } satisfies ThreadOptions });
      // A finished or failed build does not wait for the thread.
      thread.unref();
      thread.on('message', (response: Response) => this.#receive(response));
      thread.on('error', (error) => this.#stop(error));
      thread.on('exit', (code) => this.#stop(new Error(`the example runner's thread ended (exit code ${code})`)));
      this.#thread = thread;
    }
    return this.#thread;
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

  /** The build is complete: the cache keeps only what it used, the helper processes and the thread end. */
  async finish(): Promise<void> {
    this.#stats = (await this.#ask({ kind: 'finish' })) as RunStats;
    await this.#thread?.terminate();
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
      this.#worker.postMessage({ ...body, id } as Request);
    });
  }

  #receive(response: Response): void {
    if (response.kind === 'progress') {
      this.onProgress?.(response.done, response.total);
      return;
    }
    const pending = this.#pending.get(response.id);
    this.#pending.delete(response.id);
    if (response.kind === 'failed') {
      pending?.reject(new Error(response.error));
      return;
    }
    for (const key of response.moduleKeys) this.moduleKeys.add(key);
    pending?.resolve(response.value);
  }

  #stop(error: Error): void {
    this.#stopped ??= error;
    for (const { reject } of this.#pending.values()) reject(this.#stopped);
    this.#pending.clear();
  }
}
