/**
 * The example runner of one course: its root (whose package.json maps the
 * course's modules), its display printer and its cache. Shared by the Astro
 * integration, `examples:update` and the tests, so all three run examples the
 * same way.
 */
import type { DisplayName } from '../../example-runtime/print.ts';
import { readCourseModules } from '../modules/course-modules.ts';
import { ModuleBundler } from '../modules/bundle-modules.ts';
import { ExampleRunner } from './runner.ts';

export interface CourseRunnerOptions {
  root: string;
  display: DisplayName;
  /** Where results are cached between builds; undefined for no disk cache. */
  cacheFile: string | undefined;
  /** Example processes at once; by default one per core. */
  parallelism?: number | undefined;
}

export interface CourseRunner {
  runner: ExampleRunner;
  bundler: ModuleBundler;
  courseModules: string[];
}

export async function createCourseRunner({ root, display, cacheFile, parallelism }: CourseRunnerOptions): Promise<CourseRunner> {
  const courseModules = await readCourseModules(root);
  const bundler = new ModuleBundler(root);
  return { runner: new ExampleRunner({ root, cacheFile, display, bundler, courseModules, parallelism }), bundler, courseModules };
}
