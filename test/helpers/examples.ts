/** Runs examples the way the build does, without Astro: for tests of the example machinery. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseLesson } from '../../src/integration/examples/collect.ts';
import { examplesOf, findExamples, type Example } from '../../src/integration/examples/find-examples.ts';
import { createCourseRunner, type CourseRunnerOptions } from '../../src/integration/examples/create-runner.ts';
import type { ExampleRunner } from '../../src/integration/examples/runner.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A runner for the activations course as astro.config.mjs sets it up; no disk cache unless one is given. */
export async function projectRunner(options: Partial<CourseRunnerOptions> = {}): Promise<ExampleRunner> {
  const { runner } = await createCourseRunner({ root: PROJECT_ROOT, display: 'numpy', cacheFile: undefined, ...options });
  return runner;
}

/** The examples of one lesson file, given relative to the project root. */
export async function examplesIn(file: string): Promise<Example[]> {
  const source = await readFile(`${PROJECT_ROOT}${file}`, 'utf8');
  return examplesOf(findExamples(parseLesson(source), file));
}
