/**
 * A build of few lessons stops V8 from optimizing its hot code with TurboFan
 * (src/integration/short-build.ts); a build of many lessons leaves it on.
 * Checked in a process of its own, as V8 reports a hot function's tier.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { isShortBuild, SHORT_BUILD_BYTES } from '../../../src/integration/short-build.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A content folder of `lessons` lessons of `bytes` bytes each, in a chapter folder. */
async function content(lessons: number, bytes: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'short-build-'));
  dirs.push(dir);
  await mkdir(join(dir, 'ch'));
  await Promise.all(Array.from({ length: lessons }, (_, index) => writeFile(join(dir, 'ch', `lesson-${index}.mdx`), 'x'.repeat(bytes))));
  // Not a lesson: it does not count.
  await writeFile(join(dir, 'chapters.yaml'), 'x'.repeat(SHORT_BUILD_BYTES * 2));
  return dir;
}

/** Whether a build of the lessons under `dir` is short, and whether V8 then optimized a hot function with TurboFan. */
async function tierAfter(dir: string): Promise<{ short: boolean; turbofan: boolean }> {
  const script = [
    `import { optimizeForBuildLength } from ${JSON.stringify(new URL('../../../src/integration/short-build.ts', import.meta.url).href)};`,
    `const short = await optimizeForBuildLength(${JSON.stringify(dir)});`,
    'function hot(n) { let sum = 0; for (let i = 0; i < n; i++) sum += Math.sqrt(i) * (i & 7); return sum; }',
    // 64: V8's "optimized by TurboFan" bit of %GetOptimizationStatus. TurboFan compiles in the background: given time.
    "const turbofan = () => (eval('%GetOptimizationStatus(hot)') & 64) !== 0;",
    'for (let round = 0; round < 20 && !turbofan(); round++) {',
    '  for (let call = 0; call < 2000; call++) hot(1000);',
    '  await new Promise((resolve) => setTimeout(resolve, 50));',
    '}',
    'console.log(JSON.stringify({ short, turbofan: turbofan() }));',
  ].join('\n');
  const { stdout } = await promisify(execFile)(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script]);
  return JSON.parse(stdout) as { short: boolean; turbofan: boolean };
}

test('lessons of few bytes in all make a short build; more make a long one', () => {
  expect(isShortBuild(43_447)).toBe(true); // the anchor benchmark's 6 lessons
  expect(isShortBuild(59_576)).toBe(true); // this course's 5 lessons
  expect(isShortBuild(87_600)).toBe(false); // the benchmark's 12 lessons, where it stopped paying
});

test('a short build optimizes nothing with TurboFan from then on; a long one does', async () => {
  const [short, long] = await Promise.all([tierAfter(await content(6, 7_000)), tierAfter(await content(30, 7_000))]);
  expect(short).toEqual({ short: true, turbofan: false });
  expect(long).toEqual({ short: false, turbofan: true });
});
