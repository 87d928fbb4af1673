/**
 * Runs instrumented examples out of the build's own thread: each in a fresh
 * worker thread, terminated if it outlives its time limit, with at most one
 * worker per core at a time.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Verdict } from '../../example-runtime/exercise.ts';
import type { WorkerInput, WorkerMessage } from './execute-worker.ts';

export type RunRequest = WorkerInput & { timeoutMs: number };

export type RunResult =
  | { kind: 'ok'; output: string; verdict?: Verdict | undefined }
  | { kind: 'threw'; output: string; error: string; line: number | undefined }
  | { kind: 'timeout'; output: string; timeoutMs: number };

export const WORKER_URL = new URL('./execute-worker.ts', import.meta.url);

/** A worker that has not even loaded the library by then is stuck (a machine under extreme load). */
const STARTUP_LIMIT_MS = 60_000;

function runOne({ timeoutMs, ...input }: RunRequest): Promise<RunResult> {
  return new Promise((resolve) => {
    const lines: string[] = [];
    const output = () => lines.join('\n');
    const worker = new Worker(WORKER_URL, { workerData: input satisfies WorkerInput, stdout: true, stderr: true });
    let settled = false;
    const finish = (result: RunResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const stop = () => finish({ kind: 'timeout', output: output(), timeoutMs });
    let timer = setTimeout(stop, STARTUP_LIMIT_MS);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'start') {
        clearTimeout(timer);
        timer = setTimeout(stop, timeoutMs);
      } else if (message.type === 'line') lines.push(message.text);
      else if (message.type === 'done') finish({ kind: 'ok', output: output(), verdict: message.verdict });
      else finish({ kind: 'threw', output: output(), error: message.text, line: message.line });
    });
    // A failure to start the worker.
    worker.on('error', (error) => finish({ kind: 'threw', output: output(), error: `${error.name}: ${error.message}`, line: undefined }));
    worker.on('exit', () => finish({ kind: 'threw', output: output(), error: 'Error: the example exited before it finished', line: undefined }));
  });
}

/** Runs every request, `parallelism` at a time, and returns the results in order. */
export async function executeAll(requests: readonly RunRequest[], parallelism = availableParallelism()): Promise<RunResult[]> {
  const results: RunResult[] = new Array(requests.length);
  let next = 0;
  const lane = async () => {
    while (next < requests.length) {
      const index = next++;
      const request = requests[index]!;
      results[index] = await runOne(request);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(parallelism, requests.length)) }, lane));
  return results;
}
