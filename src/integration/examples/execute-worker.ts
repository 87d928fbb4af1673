/**
 * Runs one instrumented example inside a fresh worker thread, so examples
 * share no module or global state. Each printed line is posted as soon as it
 * is printed, so a run that is stopped for taking too long still shows what
 * it had printed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Verdict } from '../../example-runtime/exercise.ts';
import type { ModuleSources } from '../../example-runtime/modules.ts';
import { DISPLAYS, type DisplayName } from '../../example-runtime/print.ts';
import { runProgram } from '../../example-runtime/run-program.ts';

export interface WorkerInput {
  /** The instrumented example (see example-runtime/instrument.ts). */
  program: string;
  /** The bundled modules it imports, by key (example-runtime/modules.ts). */
  sources: ModuleSources;
  /** The lesson's folder from the project root, for relative imports. */
  lessonDir: string;
  display: DisplayName;
  /** For an exercise or its solution: the export to check and the instrumented check program. */
  exercise: { name: string; check: string } | undefined;
}

export type WorkerMessage =
  | { type: 'start' }
  | { type: 'line'; text: string }
  | { type: 'done'; verdict: Verdict | undefined }
  | { type: 'threw'; text: string; line: number | undefined };

const { program, sources, lessonDir, display, exercise } = workerData as WorkerInput;
const port = parentPort;
if (!port) throw new Error('execute-worker.ts runs only as a worker thread');
const post = (message: WorkerMessage) => port.postMessage(message);

// The time limit counts from here: starting a worker is not the example's doing.
post({ type: 'start' });
const result = await runProgram(program, {
  sources,
  lessonDir,
  display: DISPLAYS[display],
  print: (text) => post({ type: 'line', text }),
  exercise,
});
post(result.kind === 'ok' ? { type: 'done', verdict: result.verdict } : { type: 'threw', text: result.error, line: result.line });
