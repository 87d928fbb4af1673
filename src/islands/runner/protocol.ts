/** Messages between the page and the example worker. */

import type { Verdict } from '../../example-runtime/exercise.ts';

/**
 * Run an example: the build's program when unedited, else the reader's source
 * to instrument first; for an exercise, with the check to run afterwards.
 */
export type ToWorker = ({ type: 'run'; program: string } | { type: 'run'; source: string }) & { check?: string | undefined };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'line'; text: string }
  | { type: 'done'; verdict: Verdict | undefined }
  | { type: 'threw'; error: string; line: number | undefined };
