/**
 * The build's runner in its own process answers as the runner in the build does:
 * the same outcomes, each on the asker's own example object (the lessons'
 * plugin and the downloads look outcomes up by it), the page's programs, the
 * module keys the page bundles, the cold start's run of the whole course, and
 * stats once finished.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createCourseRunner } from '../../src/integration/examples/create-runner.ts';
import type { Example } from '../../src/integration/examples/find-examples.ts';
import { RunnerProcessClient } from '../../src/integration/examples/runner-process-client.ts';
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
  root = await mkdtemp(join(tmpdir(), 'runner-process-'));
  await writeFile(join(root, 'package.json'), JSON.stringify({ type: 'module', imports: { '#activations': './lib/activations/index.ts' } }));
  await cp(join(PROJECT_ROOT, 'src/activations'), join(root, 'lib/activations'), { recursive: true });
  await mkdir(join(root, 'content/ch'), { recursive: true });
  await writeFile(join(root, 'content/ch/lesson.mdx'), lesson);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

test('outcomes, programs and module keys are those of the runner in the build', async () => {
  const remote = new RunnerProcessClient({ root, contentDir: join(root, 'content'), display: 'numpy', cacheFile: undefined });
  const { runner: local } = await createCourseRunner({ root, display: 'numpy', cacheFile: undefined });
  try {
    const [fromRemote, fromLocal] = await Promise.all([remote.run(examples), local.run(examples)]);
    fromRemote.forEach((outcome, index) => expect(outcome.example).toBe(examples[index]));
    expect(fromRemote.map(({ page: _page, ...outcome }) => outcome)).toEqual(fromLocal);
    expect(fromRemote[0]?.result).toEqual({ kind: 'ok', output: 'array([0., 2.])' });
    expect(fromRemote[1]?.diagnostics[0]?.message).toMatch(/not assignable to type 'number'/);

    // Each outcome comes with the program its page runs, as the runner prepared it.
    const page = fromRemote[0]!.page;
    const prepared = await local.prepare(examples[0]!);
    expect(page).toEqual({ program: prepared.main?.program, check: '', lessonDir: prepared.lessonDir, imports: Object.keys(prepared.sources) });
    expect([...remote.moduleKeys]).toEqual([...local.moduleKeys]);
  } finally {
    await remote.finish();
    await local.finish();
  }
  expect(remote.stats).toEqual({ run: 3, cached: 0 });
});

test("a cold start runs the course's examples before any lesson asks, so the lesson's ask is answered from them", async () => {
  const remote = new RunnerProcessClient({ root, contentDir: join(root, 'content'), display: 'numpy', cacheFile: undefined });
  const progress: number[] = [];
  remote.onProgress = (done) => progress.push(done);
  await remote.start();
  // The lesson's one example has run by the time start() settles…
  expect(progress.at(-1)).toBe(1);
  const [outcome] = await remote.run([example(8, examples[0]!.code)]);
  await remote.finish();
  expect(outcome?.result).toEqual({ kind: 'ok', output: 'array([0., 2.])' });
  // …and the lesson's ask ran nothing more.
  expect(remote.stats).toEqual({ run: 1, cached: 0 });
});

test('asked after it finished, it says its process has ended instead of never answering', async () => {
  const remote = new RunnerProcessClient({ root, contentDir: join(root, 'content'), display: 'numpy', cacheFile: undefined });
  await remote.finish();
  await expect(remote.run(examples)).rejects.toThrow(/process ended/);
});

/** The processes whose parent is `pid`, and theirs, read from /proc. */
async function descendantsOf(pid: number): Promise<number[]> {
  const parents = new Map<number, number>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // After the command's closing parenthesis: state, then the parent's id.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (stat) parents.set(Number(name), parent);
  }
  const found = [pid];
  for (let index = 0; index < found.length; index++) for (const [child, parent] of parents) if (parent === found[index]) found.push(child);
  return found.slice(1);
}

const alive = (pid: number) => readFile(`/proc/${pid}/stat`, 'utf8').then((stat) => !/^\d+ \(.*\) Z/.test(stat), () => false);

test("a build that dies without finishing takes the runner's process, its example processes and TypeScript's with it", async () => {
  // A build, stopped by an error, that never calls finish(): it says the runner's pid once examples ran, then exits.
  const build = [
    `import { RunnerProcessClient } from ${JSON.stringify(new URL('../../src/integration/examples/runner-process-client.ts', import.meta.url).href)};`,
    `const remote = new RunnerProcessClient({ root: ${JSON.stringify(root)}, contentDir: ${JSON.stringify(join(root, 'content'))}, display: 'numpy', cacheFile: undefined });`,
    `await remote.run(${JSON.stringify([examples[0]])});`,
    'console.log(remote.pid);',
    "process.stdin.once('data', () => process.exit(1));",
  ].join('\n');
  const child = spawn(process.execPath, ['--input-type=module', '-e', build], { stdio: ['pipe', 'pipe', 'inherit'] });
  const runnerPid = Number(await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()))));
  const helpers = await descendantsOf(runnerPid);
  // The example process and TypeScript's, at least.
  expect(helpers.length).toBeGreaterThanOrEqual(2);
  child.stdin.write('exit\n');
  const gone = async () => (await Promise.all([runnerPid, ...helpers].map(alive))).every((running) => !running);
  for (let waited = 0; waited < 10_000 && !(await gone()); waited += 100) await sleep(100);
  expect(await gone()).toBe(true);
});
