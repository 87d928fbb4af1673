/**
 * Runs one instrumented example inside a fresh worker thread, so examples
 * share no module or global state. Each printed line is posted as soon as it
 * is printed, so a run that is stopped for taking too long still shows what
 * it had printed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runProgram } from '../../example-runtime/run-program.ts';
import type { Format } from '../../example-runtime/print.ts';

export interface WorkerInput {
  /** The instrumented example (see example-runtime/instrument.ts). */
  program: string;
  /** file: URL of the course library's entry, src/activations/index.ts. */
  libraryUrl: string;
}

export type WorkerMessage =
  | { type: 'start' }
  | { type: 'line'; text: string }
  | { type: 'done' }
  | { type: 'threw'; text: string; line: number | undefined };

const { program, libraryUrl } = workerData as WorkerInput;
const port = parentPort;
if (!port) throw new Error('execute-worker.ts runs only as a worker thread');
const post = (message: WorkerMessage) => port.postMessage(message);

const library = (await import(libraryUrl)) as { format: Format };
// The time limit counts from here: starting a worker and loading the library are not the example's doing.
post({ type: 'start' });
const result = await runProgram(program, {
  modules: { '#activations': library },
  format: library.format,
  print: (text) => post({ type: 'line', text }),
});
post(result.kind === 'ok' ? { type: 'done' } : { type: 'threw', text: result.error, line: result.line });
