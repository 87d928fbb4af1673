/**
 * The messages between the build and its example processes (process-pool.ts
 * and example-process.ts), over Node's IPC channel.
 */
import type { Verdict } from '../../example-runtime/exercise.ts';
import type { DisplayName } from '../../example-runtime/print.ts';

/** What one run needs: everything is plain data, so it crosses the process boundary as JSON. */
export interface RunInput {
  /** The instrumented example (see example-runtime/instrument.ts). */
  program: string;
  /** The bundled modules it imports: key → hash; the code of a hash travels once per process (`modules`). */
  modules: Readonly<Record<string, string>>;
  /** The lesson's folder from the project root, for relative imports. */
  lessonDir: string;
  display: DisplayName;
  /** For an exercise or its solution: the export to check and the instrumented check program. */
  exercise: { name: string; check: string } | undefined;
}

export type ToChild =
  /** Module code by hash, sent before the first run that needs it. */
  | { type: 'modules'; code: Readonly<Record<string, string>> }
  | { type: 'run'; id: number; input: RunInput };

export type FromChild =
  /** Sent once, as the process has started up and can take runs. */
  | { type: 'ready' }
  | { type: 'lines'; id: number; lines: string[] }
  | { type: 'done'; id: number; verdict: Verdict | undefined }
  | { type: 'threw'; id: number; text: string; line: number | undefined };
