/**
 * The build's runner on its own thread answers as the in-process runner does:
 * the same outcomes, each on the asker's own example object (the lessons'
 * plugin and the downloads look outcomes up by it), the page's programs, the
 * module keys the page bundles, the cold start's run of the whole course, and
 * stats once finished.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createCourseRunner } from '../../src/integration/examples/create-runner.ts';
import type { Example } from '../../src/integration/examples/find-examples.ts';
import { ThreadedRunner } from '../../src/integration/examples/threaded-runner.ts';
import { PROJECT_ROOT } from '../helpers/examples.ts';

let root: string;

function example(line: number, code: string): Example {
  return { file: 'content/ch/lesson.mdx', line, code, role: 'example', throws: false, timeoutMs: 5_000, expected: undefined, outputLine: undefined, exercise: undefined };
}

const examples = [
  example(3, "import { relu } from '#activations';\nrelu([-1, 2]);"),
  example(9, "const n: number = 'one';\nn;"),
  example(15, "throw new Error('on purpose');"),
];

const lesson = ['---', 'title: Lesson', 'chapter: ch', 'section: "1.1"', 'description: A lesson.', '---', '', '```ts run', examples[0]!.code, '```', ''].join('\n');

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'threaded-runner-'));
  await writeFile(join(root, 'package.json'), JSON.stringify({ type: 'module', imports: { '#activations': './lib/activations/index.ts' } }));
  await cp(join(PROJECT_ROOT, 'src/activations'), join(root, 'lib/activations'), { recursive: true });
  await mkdir(join(root, 'content/ch'), { recursive: true });
  await writeFile(join(root, 'content/ch/lesson.mdx'), lesson);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

test('outcomes, programs and module keys are those of the runner in the build process', async () => {
  const threaded = new ThreadedRunner({ root, contentDir: join(root, 'content'), display: 'numpy', cacheFile: undefined });
  const { runner: local } = await createCourseRunner({ root, display: 'numpy', cacheFile: undefined });
  try {
    const [fromThread, fromProcess] = await Promise.all([threaded.run(examples), local.run(examples)]);
    fromThread.forEach((outcome, index) => expect(outcome.example).toBe(examples[index]));
    expect(fromThread.map(({ page: _page, ...outcome }) => outcome)).toEqual(fromProcess);
    expect(fromThread[0]?.result).toEqual({ kind: 'ok', output: 'array([0., 2.])' });
    expect(fromThread[1]?.diagnostics[0]?.message).toMatch(/not assignable to type 'number'/);

    // Each outcome comes with the program its page runs, as the runner prepared it.
    const page = fromThread[0]!.page;
    const prepared = await local.prepare(examples[0]!);
    expect(page).toEqual({ program: prepared.main?.program, check: '', lessonDir: prepared.lessonDir, imports: Object.keys(prepared.sources) });
    expect([...threaded.moduleKeys]).toEqual([...local.moduleKeys]);
  } finally {
    await threaded.finish();
    await local.finish();
  }
  expect(threaded.stats).toEqual({ run: 3, cached: 0 });
});

test("a cold start runs the course's examples before any lesson asks, so the lesson's ask is answered from them", async () => {
  const threaded = new ThreadedRunner({ root, contentDir: join(root, 'content'), display: 'numpy', cacheFile: undefined });
  const progress: number[] = [];
  threaded.onProgress = (done) => progress.push(done);
  await threaded.start();
  // The lesson's one example has run by the time start() settles…
  expect(progress.at(-1)).toBe(1);
  const [outcome] = await threaded.run([example(8, examples[0]!.code)]);
  await threaded.finish();
  expect(outcome?.result).toEqual({ kind: 'ok', output: 'array([0., 2.])' });
  // …and the lesson's ask ran nothing more.
  expect(threaded.stats).toEqual({ run: 1, cached: 0 });
});

test('asked after it finished, it says its thread has ended instead of never answering', async () => {
  const threaded = new ThreadedRunner({ root, contentDir: join(root, 'content'), display: 'numpy', cacheFile: undefined });
  await threaded.finish();
  await expect(threaded.run(examples)).rejects.toThrow(/thread ended/);
});
