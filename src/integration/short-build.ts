/**
 * A short build runs its own process without V8's top compiler, TurboFan
 * (`--max-opt=2`, as the short-lived helpers do, helpers/fork-helper.ts): its
 * hot JavaScript runs in V8's interpreter and baseline code (Node 22 ships
 * Maglev, the tier between, turned off).
 *
 * A build spends a few seconds in a lot of code, each part of it hot only
 * briefly (Vite, Rolldown's glue, remark, KaTeX, MDX's compiler), and
 * TurboFan compiles what gets hot on V8's background threads: 1.8–2.1 s of
 * CPU in a 6-lesson build, while its helpers (the examples, the highlighter)
 * need the machine's second core. In a short build that code does not run
 * long enough to pay those compiles back; in a long one it does. Measured on
 * the anchor benchmark's chapter, cold, on 2 cores, without TurboFan against
 * with it (from the config's load; the 6-lesson build again as the build
 * does it, from its setup):
 *
 * | lessons | lesson text | wall | CPU | pairs |
 * |---:|---:|---:|---:|---:|
 * | 6 | 43 kB | 0.954 (0.947) | 0.898 (0.904) | 16 (16) |
 * | 12 | 88 kB | 0.993 | 0.941 | 10 |
 * | 30 | 219 kB | 1.068 | 0.946 | 8 |
 * | 100 | 732 kB | 1.226 | 1.099 | 8 |
 *
 * So a build whose lessons hold at most SHORT_BUILD_BYTES of text is a short
 * one. (Node's flags are set as `astro build` starts Node, which the course
 * does not start; V8 reads this one at each decision to optimize, so set as
 * the build is set up, it holds from there on.)
 */
import { stat } from 'node:fs/promises';
import v8 from 'node:v8';
import { lessonFiles } from './examples/lesson-files.ts';

/** The most lesson text (in bytes) a build is short with: below the 12-lesson chapter's 88 kB, where it stops paying. */
export const SHORT_BUILD_BYTES = 64_000;

/** True when lessons of `bytes` of text in all make a short build. */
export function isShortBuild(bytes: number): boolean {
  return bytes <= SHORT_BUILD_BYTES;
}

/** In a short build of the lessons under `contentDir`, this process optimizes nothing with TurboFan from now on. */
export async function optimizeForBuildLength(contentDir: string): Promise<boolean> {
  const sizes = await Promise.all((await lessonFiles(contentDir)).map(async (file) => (await stat(file)).size));
  const short = isShortBuild(sizes.reduce((sum, size) => sum + size, 0));
  if (short) v8.setFlagsFromString('--max-opt=2');
  return short;
}
