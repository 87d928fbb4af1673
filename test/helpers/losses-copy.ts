/**
 * A copy of the second course (test/fixtures/courses/losses) in a folder of
 * its own, without its build's output, with the build's own example runner:
 * for tests that change the course between builds.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCourseRunner } from '../../src/integration/examples/create-runner.ts';
import type { ExampleRunner } from '../../src/integration/examples/runner.ts';

const LOSSES = fileURLToPath(new URL('../fixtures/courses/losses/', import.meta.url));

export interface LossesCopy {
  root: string;
  runner: ExampleRunner;
  /** Ends the runner and removes the copy. */
  remove(): Promise<void>;
}

export async function copyOfLosses(prefix: string): Promise<LossesCopy> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  await cp(LOSSES, root, { recursive: true, filter: (path) => !/\/(dist|\.astro|node_modules)$/.test(path) });
  const { runner } = await createCourseRunner({ root, display: 'inspect', cacheFile: undefined });
  return {
    root,
    runner,
    async remove() {
      await runner.finish();
      await rm(root, { recursive: true, force: true });
    },
  };
}
