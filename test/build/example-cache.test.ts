/**
 * The example cache: an unchanged rebuild runs no example, and an edit to a
 * module re-runs exactly the examples whose imports reach it. Uses a throwaway
 * course with a copy of the real activations library (so the edit is inside
 * its real import chain: index.ts → relu.ts) and a second module of its own.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createCourseRunner } from '../../src/integration/examples/create-runner.ts';
import type { Example } from '../../src/integration/examples/find-examples.ts';
import type { ExampleRunner } from '../../src/integration/examples/runner.ts';
import { PROJECT_ROOT } from '../helpers/examples.ts';

let root: string;

async function runner(): Promise<ExampleRunner> {
  return (await createCourseRunner({ root, display: 'inspect', cacheFile: join(root, 'cache/examples.json') })).runner;
}

function example(line: number, code: string): Example {
  return { file: 'content/ch/lesson.mdx', line, code, role: 'example', throws: false, timeoutMs: 5_000, expected: undefined, outputLine: undefined, exercise: undefined };
}

const usesActivations = example(1, "import { relu } from '#activations';\nrelu(2);");
const usesLosses = example(5, "import { square } from '#losses';\nsquare(3);");
const standsAlone = example(9, 'console.log(1 + 1);');
const all = [usesActivations, usesLosses, standsAlone];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'example-cache-'));
  const imports = { '#activations': './lib/activations/index.ts', '#losses': './lib/losses.ts' };
  await writeFile(join(root, 'package.json'), JSON.stringify({ type: 'module', imports }));
  await cp(join(PROJECT_ROOT, 'src/activations'), join(root, 'lib/activations'), { recursive: true });
  await writeFile(join(root, 'lib/losses.ts'), 'export function square(x: number): number {\n  return x * x;\n}\n');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** One build: run what it needs, then finish (save the cache, keeping only what it used). */
async function build(examples: readonly Example[] = all): Promise<{ runner: ExampleRunner; outcomes: Awaited<ReturnType<ExampleRunner['run']>> }> {
  const built = await runner();
  const outcomes = await built.run(examples);
  await built.finish();
  return { runner: built, outcomes };
}

test('a first build runs every example', async () => {
  const { runner: first, outcomes } = await build();
  expect(first.stats).toEqual({ run: 3, cached: 0 });
  expect(outcomes.map((outcome) => outcome.result)).toEqual([
    { kind: 'ok', output: '2' },
    { kind: 'ok', output: '9' },
    { kind: 'ok', output: '2' },
  ]);
});

test('an unchanged rebuild runs no example', async () => {
  const { runner: again } = await build();
  expect(again.stats).toEqual({ run: 0, cached: 3 });
});

test('an edit deep in a library re-runs exactly the examples whose imports reach it', async () => {
  const file = join(root, 'lib/activations/relu.ts');
  const source = await readFile(file, 'utf8');
  // relu(x) becomes relu(x) + 1 for positive x: a real change in what the module computes.
  await writeFile(file, source.replace(/return x > 0 \? x : /g, 'return x > 0 ? x + 1 : '));
  expect(await readFile(file, 'utf8')).not.toBe(source);
  const {
    runner: afterEdit,
    outcomes: [edited],
  } = await build();
  expect(afterEdit.stats).toEqual({ run: 1, cached: 2 });
  expect(edited?.result).toEqual({ kind: 'ok', output: '3' });
});

test('an edit to the other module re-runs only its example', async () => {
  await writeFile(join(root, 'lib/losses.ts'), 'export function square(x: number): number {\n  return x ** 2 + 0;\n}\n');
  const { runner: afterEdit } = await build();
  expect(afterEdit.stats).toEqual({ run: 1, cached: 2 });
});

test('the cache keeps only what the last build used: results of deleted or edited examples go', async () => {
  const entries = async () => Object.keys((JSON.parse(await readFile(join(root, 'cache/examples.json'), 'utf8')) as { runs: object }).runs).length;
  // The edits above left stale entries behind until each build finished; now there are exactly three.
  expect(await entries()).toBe(3);
  await build([usesActivations, standsAlone]);
  expect(await entries()).toBe(2);
  const { runner: rebuilt } = await build([usesActivations, standsAlone]);
  expect(rebuilt.stats).toEqual({ run: 0, cached: 2 });
});

test('in one dev session, a saved lesson re-runs only its edited example, and a module edit (after invalidate) only the examples importing it', async () => {
  const session = await runner();
  await session.run(all);
  const before = session.stats.run;
  const edited = { ...standsAlone, code: 'console.log(2 + 2);' };
  const [outcome] = await session.run([edited, usesActivations, usesLosses]);
  expect(outcome?.result).toEqual({ kind: 'ok', output: '4' });
  expect(session.stats.run).toBe(before + 1);
  await writeFile(join(root, 'lib/losses.ts'), 'export function square(x: number): number {\n  return x * x * 1;\n}\n');
  session.invalidate();
  await session.run([edited, usesActivations, usesLosses]);
  expect(session.stats.run).toBe(before + 2);
  session.close();
});
