/**
 * Messages between the page and an example worker (over a MessagePort: see
 * sandbox.ts), and between the page and the sandbox frame that owns the
 * workers. Everything a worker sends is untrusted, since reader code runs
 * there and can post anything: the page narrows it with `parseFromWorker`.
 */

import type { Verdict } from '../../example-runtime/exercise.ts';
import type { ModuleSources } from '../../example-runtime/modules.ts';
import type { DisplayName } from '../../example-runtime/print.ts';

/** What a Run needs besides the code: where the lesson is, and what it checks. */
export interface RunContext {
  /** The lesson's folder from the project root, for relative imports. */
  lessonDir: string;
  /** For an exercise: the reader's export to check, and the lesson's instrumented check program. */
  exercise?: { name: string; check: string } | undefined;
  /** The bundled modules the page already knows the run needs. */
  sources: ModuleSources;
}

/**
 * Run an example: the build's program when unedited, else the reader's source
 * to instrument first, printing values as the course's `display` does (the
 * page says it with each run, so the workers are the same for every course).
 * If the code imports a module not in `sources`, the worker asks for it
 * (`load`) and the page answers with `modules`.
 */
export type ToWorker = (({ type: 'run'; program: string } | { type: 'run'; source: string }) & RunContext & { display: DisplayName }) | { type: 'modules'; sources: ModuleSources };

/** Printed lines come in batches (`lines`), a few per frame at most, however fast the example prints. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'load'; keys: string[] }
  | { type: 'lines'; lines: string[] }
  | { type: 'done'; verdict: Verdict | undefined }
  | { type: 'threw'; error: string; line: number | undefined };

/** The two workers: unedited examples run the build's program; edited code needs the transpiler too. */
export type WorkerKind = 'built' | 'edited';

/** The page's orders to the sandbox frame (frame.ts). */
export type ToFrame =
  | { type: 'define'; kind: WorkerKind; code: string }
  | { type: 'spawn'; id: number; kind: WorkerKind; port: MessagePort }
  | { type: 'terminate'; id: number };

/** The frame's one report: a worker failed to start or threw outside a run. */
export interface FromFrame {
  type: 'error';
  id: number;
  message: string;
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** A worker's message, if it is one the page understands; anything else is dropped. */
export function parseFromWorker(data: unknown): FromWorker | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Record<string, unknown>;
  switch (message['type']) {
    case 'ready':
      return { type: 'ready' };
    case 'load':
      return isStrings(message['keys']) ? { type: 'load', keys: message['keys'] } : undefined;
    case 'lines':
      return isStrings(message['lines']) ? { type: 'lines', lines: message['lines'] } : undefined;
    case 'done': {
      const verdict = message['verdict'];
      return { type: 'done', verdict: verdict === 'pass' || verdict === 'fail' ? verdict : undefined };
    }
    case 'threw': {
      const [error, line] = [message['error'], message['line']];
      return { type: 'threw', error: typeof error === 'string' ? error : 'The example stopped with an error it could not report.', line: typeof line === 'number' && Number.isSafeInteger(line) ? line : undefined };
    }
    default:
      return undefined;
  }
}
