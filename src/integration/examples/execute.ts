/**
 * Runs instrumented examples out of the build's own thread: each in a fresh
 * worker thread, terminated if it outlives its time limit, with at most one
 * worker per core at a time.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerInput, WorkerMessage } from './execute-worker.ts';

export type RunResult =
  | { kind: 'ok'; output: string }
  | { kind: 'threw'; output: string; error: string; line: number | undefined }
  | { kind: 'timeout'; output: string; timeoutMs: number };

export interface RunRequest {
  js: string;
  timeoutMs: number;
}

const WORKER_URL = new URL('./execute-worker.ts', import.meta.url);

/** The line in the example's own file that an error's stack points at, if any. */
function lineInExample(stack: string | undefined, moduleUrl: string): number | undefined {
  const at = stack?.split('\n').find((frame) => frame.includes(moduleUrl));
  const match = at && new RegExp(`${moduleUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+):\\d+`).exec(at);
  return match ? Number(match[1]) : undefined;
}

function runOne(moduleUrl: string, formatUrl: string, timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve) => {
    const lines: string[] = [];
    const output = () => lines.join('\n');
    const worker = new Worker(WORKER_URL, { workerData: { moduleUrl, formatUrl } satisfies WorkerInput, stdout: true, stderr: true });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ kind: 'timeout', output: output(), timeoutMs });
    }, timeoutMs);
    const finish = (result: RunResult) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'line') lines.push(message.text);
      else if (message.type === 'done') finish({ kind: 'ok', output: output() });
      else finish({ kind: 'threw', output: output(), error: message.text, line: lineInExample(message.stack, moduleUrl) });
    });
    // A failure to start the worker or to load the example (e.g. a syntax error).
    worker.on('error', (error) => finish({ kind: 'threw', output: output(), error: `${error.name}: ${error.message}`, line: undefined }));
    worker.on('exit', () => finish({ kind: 'threw', output: output(), error: 'Error: the example exited before it finished', line: undefined }));
  });
}

/** Runs every request, `parallelism` at a time, and returns the results in order. */
export async function executeAll(requests: readonly RunRequest[], formatUrl: string, parallelism = availableParallelism()): Promise<RunResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'course-examples-'));
  try {
    const results: RunResult[] = new Array(requests.length);
    let next = 0;
    const lane = async () => {
      while (next < requests.length) {
        const index = next++;
        const request = requests[index]!;
        const file = join(dir, `example-${index}.mjs`);
        await writeFile(file, request.js);
        results[index] = await runOne(pathToFileURL(file).href, formatUrl, request.timeoutMs);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(parallelism, requests.length)) }, lane));
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
