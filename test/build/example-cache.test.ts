/**
 * The example cache: an unchanged rebuild runs no example, and a change to the
 * library re-runs exactly the examples that import it. Uses a throwaway
 * project with its own tiny library, so the test can edit that library.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Example } from '../../src/integration/examples/find-examples.ts';
import { ExampleRunner } from '../../src/integration/examples/runner.ts';
import { PROJECT_ROOT } from '../helpers/examples.ts';

let root: string;

function runner(): ExampleRunner {
  return new ExampleRunner({
    root,
    libraryEntry: join(root, 'lib/index.ts'),
    cacheFile: join(root, 'cache/examples.json'),
  });
}

function example(line: number, code: string): Example {
  return { file: 'lesson.mdx', line, code, role: 'example', throws: false, timeoutMs: 5_000, expected: undefined, check: undefined };
}

const usesLibrary = example(1, "import { double } from '#activations';\ndouble(2);");
const standsAlone = example(9, 'console.log(1 + 1);');

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'example-cache-'));
  await writeFile(join(root, 'package.json'), JSON.stringify({ type: 'module', imports: { '#activations': './lib/index.ts' } }));
  await cp(join(PROJECT_ROOT, 'src/activations'), join(root, 'lib'), { recursive: true });
  await writeFile(join(root, 'lib/index.ts'), "export { format } from './format.ts';\nexport { double } from './double.ts';\n");
  await writeFile(join(root, 'lib/double.ts'), 'export function double(x: number): number {\n  return 2 * x;\n}\n');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

test('a first build runs every example', async () => {
  const first = runner();
  const outcomes = await first.run([usesLibrary, standsAlone]);
  expect(first.stats).toEqual({ run: 2, cached: 0 });
  expect(outcomes.map((outcome) => outcome.result)).toEqual([
    { kind: 'ok', output: '4.0' },
    { kind: 'ok', output: '2.0' },
  ]);
});

test('an unchanged rebuild runs no example', async () => {
  const again = runner();
  await again.run([usesLibrary, standsAlone]);
  expect(again.stats).toEqual({ run: 0, cached: 2 });
});

test('a change in the library re-runs exactly the examples that import it', async () => {
  await writeFile(join(root, 'lib/double.ts'), 'export function double(x: number): number {\n  return x + x + 1;\n}\n');
  const afterEdit = runner();
  const [edited] = await afterEdit.run([usesLibrary, standsAlone]);
  expect(afterEdit.stats).toEqual({ run: 1, cached: 1 });
  expect(edited?.result).toEqual({ kind: 'ok', output: '5.0' });
});
