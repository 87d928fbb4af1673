/** Messages between the build (runner-process-client.ts) and the runner's process (runner-process.ts). */
import type { HelperFiles } from '../helpers/helper-files.ts';
import type { CourseRunnerOptions } from './create-runner.ts';
import type { Example } from './find-examples.ts';
import type { CachedRun } from './cache.ts';

/** What the runner's process is started with (as JSON, its one argument): the course runner's options and these. */
export interface RunnerProcessOptions extends CourseRunnerOptions {
  /** The lessons' folder, read for the cold start's prediction of every example. */
  contentDir: string;
  /** The bundles the process starts its own helpers (the example processes) from. */
  helperFiles?: HelperFiles;
}

export type Request = { id: number } & (
  | { kind: 'start' }
  | { kind: 'run'; examples: Example[] }
  | { kind: 'invalidate' }
  | { kind: 'finish' }
);

/** What a lesson's page needs of an example made ready to run (see example-markup.ts). */
export interface PageProgram {
  program: string;
  /** The exercise's check, or '' for an example. */
  check: string;
  lessonDir: string;
  /** The module keys the programs import. */
  imports: string[];
}

/**
 * An example's outcome as the runner's process sends it: without the example (the other end puts its own object
 * in), with the program the page runs it from, so a lesson's compile needs one answer, not one per example.
 */
export type OutcomeWithoutExample = CachedRun & { cached: boolean; page: PageProgram };

export type Response =
  | { kind: 'answer'; id: number; value: unknown; moduleKeys: string[] }
  | { kind: 'failed'; id: number; error: string }
  | { kind: 'progress'; done: number; total: number };
