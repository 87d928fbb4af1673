/**
 * TypeScript 7's native compiler (typecheck-native.ts) type-checks examples
 * exactly as the TypeScript 6 API did (typecheck.ts): same diagnostics, same
 * lines and columns (counted in UTF-16, as an editor counts), same messages.
 */
import { afterAll, expect, test } from 'vitest';
import { NativeTypechecker } from '../../src/integration/examples/typecheck-native.ts';
import { typecheckExamples } from '../../src/integration/examples/typecheck.ts';
import { PROJECT_ROOT } from '../helpers/examples.ts';

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
