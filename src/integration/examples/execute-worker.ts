/**
 * Runs one instrumented example inside a fresh worker thread, so examples
 * share no module or global state. Each printed line is posted as soon as it
 * is printed, so a run that is stopped for taking too long still shows what
 * it had printed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CONSOLE_METHODS, printArguments, printError, printShown, SHOW_GLOBAL, type Format } from '../../example-runtime/print.ts';

export interface WorkerInput {
  /** file: URL of the instrumented JavaScript. */
  moduleUrl: string;
  /** file: URL of the library's printer module. */
  formatUrl: string;
}

export type WorkerMessage =
  | { type: 'line'; text: string }
  | { type: 'done' }
  | { type: 'threw'; text: string; stack: string | undefined };

const { moduleUrl, formatUrl } = workerData as WorkerInput;
const port = parentPort;
if (!port) throw new Error('execute-worker.ts runs only as a worker thread');
const post = (message: WorkerMessage) => port.postMessage(message);

const { format } = (await import(formatUrl)) as { format: Format };
const console = globalThis.console as unknown as Record<string, (...args: unknown[]) => void>;
for (const method of CONSOLE_METHODS) {
  // A block body: console.log returns undefined, so a top-level call shows no value.
  console[method] = (...args: unknown[]) => {
    post({ type: 'line', text: printArguments(args, format) });
  };
}
Object.assign(globalThis, {
  [SHOW_GLOBAL]: (value: unknown) => {
    const text = printShown(value, format);
    if (text !== undefined) post({ type: 'line', text });
    return value;
  },
});

try {
  await import(moduleUrl);
  post({ type: 'done' });
} catch (error) {
  post({ type: 'threw', text: printError(error), stack: error instanceof Error ? error.stack : undefined });
}
