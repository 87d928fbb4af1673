/**
 * Runs one instrumented example inside a fresh worker thread, so examples
 * share no module or global state. Each printed line is posted as soon as it
 * is printed, so a run that is stopped for taking too long still shows what
 * it had printed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runProgram } from '../../example-runtime/run-program.ts';
import type * as Library from '../../activations/index.ts';
import type { Verdict } from '../../example-runtime/exercise.ts';

export interface WorkerInput {
  /** The instrumented example (see example-runtime/instrument.ts). */
  program: string;
  /** file: URL of the course library's entry, src/activations/index.ts. */
  libraryUrl: string;
  /** For an exercise or its solution: the check to run on its exports. */
  check: string | undefined;
}

export type WorkerMessage =
  | { type: 'start' }
  | { type: 'line'; text: string }
  | { type: 'done'; verdict: Verdict | undefined }
  | { type: 'threw'; text: string; line: number | undefined };

const { program, libraryUrl, check } = workerData as WorkerInput;
const port = parentPort;
if (!port) throw new Error('execute-worker.ts runs only as a worker thread');
const post = (message: WorkerMessage) => port.postMessage(message);

const library = (await import(libraryUrl)) as typeof Library;
// The time limit counts from here: starting a worker and loading the library are not the example's doing.
post({ type: 'start' });
const result = await runProgram(program, {
  modules: { '#activations': library },
  format: library.format,
  print: (text) => post({ type: 'line', text }),
  exercise: check === undefined ? undefined : { check, library },
});
post(result.kind === 'ok' ? { type: 'done', verdict: result.verdict } : { type: 'threw', text: result.error, line: result.line });
