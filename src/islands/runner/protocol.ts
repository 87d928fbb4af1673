/** Messages between the page and the example worker. */

import type { Verdict } from '../../example-runtime/exercise.ts';
import type { ModuleSources } from '../../example-runtime/modules.ts';

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
 * to instrument first. If the code imports a module not in `sources`, the
 * worker asks for it (`load`) and the page answers with `modules`.
 */
export type ToWorker = (({ type: 'run'; program: string } | { type: 'run'; source: string }) & RunContext) | { type: 'modules'; sources: ModuleSources };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'load'; keys: string[] }
  | { type: 'line'; text: string }
  | { type: 'done'; verdict: Verdict | undefined }
  | { type: 'threw'; error: string; line: number | undefined };
