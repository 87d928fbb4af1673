/** Messages between the build's thread (threaded-runner.ts) and the runner's (runner-thread.ts). */
import type { HelperFiles } from '../helpers/helper-files.ts';
import type { Example } from './find-examples.ts';
import type { CachedRun } from './cache.ts';

/** What the runner's thread is started with, besides the course runner's own options. */
export interface ThreadOptions {
  /** The lessons' folder, read for the cold start's prediction of every example. */
  contentDir: string;
  /** The bundles the thread starts its own helpers (the example processes) from. */
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
 * An example's outcome as the thread sends it: without the example (the other end puts its own object
 * in), with the program the page runs it from, so a lesson's compile needs one answer, not one per example.
 */
export type OutcomeWithoutExample = CachedRun & { cached: boolean; page: PageProgram };

export type Response =
  | { kind: 'answer'; id: number; value: unknown; moduleKeys: string[] }
  | { kind: 'failed'; id: number; error: string }
  | { kind: 'progress'; done: number; total: number };
