/** Runs examples the way the build does, without Astro: for tests of the example machinery. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseLesson } from '../../src/integration/examples/collect.ts';
import { examplesOf, findExamples, type Example } from '../../src/integration/examples/find-examples.ts';
import { ExampleRunner, type RunnerOptions } from '../../src/integration/examples/runner.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A runner for the project's own library; no disk cache unless one is given. */
export function projectRunner(options: Partial<RunnerOptions> = {}): ExampleRunner {
  return new ExampleRunner({
    root: PROJECT_ROOT,
    libraryEntry: `${PROJECT_ROOT}src/activations/index.ts`,
    cacheFile: undefined,
    ...options,
  });
}

/** The examples of one lesson file, given relative to the project root. */
export async function examplesIn(file: string): Promise<Example[]> {
  const source = await readFile(`${PROJECT_ROOT}${file}`, 'utf8');
  return examplesOf(findExamples(parseLesson(source), file));
}
