/**
 * TypeScript 7's native compiler (typecheck-native.ts) type-checks examples
 * exactly as the TypeScript 6 API did (typecheck.ts): same diagnostics, same
 * lines and columns (counted in UTF-16, as an editor counts), same messages.
 */
import { afterAll, expect, test } from 'vitest';
import { NativeTypechecker } from '../../src/integration/examples/typecheck-native.ts';
import { typecheckExamples } from '../../src/integration/examples/typecheck.ts';
import { PROJECT_ROOT } from '../helpers/examples.ts';
import { turnsTaken } from '../helpers/busy-event-loop.ts';

const file = 'content/activations/sigmoid.mdx';
const sources = [
  { code: "import { sigmoid } from '#activations';\n// σ(x) — a comment before the error\nconst x: number = sigmoid([1, 2]);", file },
  { code: "import { nope } from '#nothing';\nconsole.log(nope);", file },
  { code: "const f = (y: { a: { b: number } }) => y;\nf({ a: { b: 'q' } });\nlet s: string = 1;", file },
  { code: 'const id = setTimeout(() => undefined, 1);\nclearTimeout(id);\nconsole.log(performance.now(), structuredClone([1]));', file },
  { code: 'const broken = ;', file },
];
const native = new NativeTypechecker(PROJECT_ROOT, ['#activations']);

afterAll(() => native.close());

test('the native compiler reports what TypeScript 6 reports', async () => {
  const expected = typecheckExamples(sources, PROJECT_ROOT, ['#activations']);
  expect(expected.map((d) => d.length)).toEqual([1, 1, 2, 0, 1]);
  expect(await native.check(sources)).toEqual(expected);
});

test('a second batch (an edited example) is checked against the same library', async () => {
  const [edited] = await native.check([{ code: "import { sigmoid } from '#activations';\nconst y: string = sigmoid(0);", file }]);
  expect(edited).toEqual([{ line: 2, column: 7, message: "Type 'number' is not assignable to type 'string'." }]);
});

test('a check needs no turn of a busy event loop: the questions the compiler asks about files are answered at once', async () => {
  // The runner's thread is busy instrumenting and bundling while the course's examples are checked. With
  // the asynchronous API each of the compiler's ~180 questions waited for a turn of it (0.6–0.9 s for 18 examples).
  const checker = new NativeTypechecker(PROJECT_ROOT, ['#activations']);
  try {
    expect(await turnsTaken(() => checker.check(sources), 5)).toBeLessThanOrEqual(2);
  } finally {
    checker.close();
  }
});
