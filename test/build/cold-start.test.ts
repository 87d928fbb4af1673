/**
 * A cold start (issue 11, item 2): the whole course's examples are type-checked
 * by one TypeScript program that starts as soon as they are read, not once each
 * is instrumented and its imports bundled, which end at different moments and
 * would split the check into one program per moment; and that program is the
 * compiler's first, with no warm-up on the course's modules before it.
 */
import { afterEach, expect, test, vi } from 'vitest';
import type { Example } from '../../src/integration/examples/find-examples.ts';
import { TypecheckClient } from '../../src/integration/examples/typecheck-client.ts';
import { NativeTypechecker } from '../../src/integration/examples/typecheck-native.ts';
import { readCourseModules } from '../../src/integration/modules/course-modules.ts';
import { PROJECT_ROOT, projectRunner } from '../helpers/examples.ts';

function example(line: number, code: string): Example {
  return { file: 'content/cold-start.mdx', line, code, role: 'example', throws: false, timeoutMs: 5_000, expected: undefined, outputLine: undefined, exercise: undefined };
}

afterEach(() => {
  vi.restoreAllMocks();
});

test('one program checks every example of a cold start, those with imports to bundle and those without', async () => {
  const check = vi.spyOn(NativeTypechecker.prototype, 'check');
  const runner = await projectRunner();
  try {
    const examples = [example(1, 'console.log(1 + 1);'), example(10, "import { sigmoid } from '#activations';\nconsole.log(sigmoid(0));"), example(20, "const n: number = 'two';")];
    await runner.start(async () => examples);
    // The examples' check is the compiler's first program: no warm-up on the course's modules before it.
    expect(check.mock.calls.map(([sources]) => sources.length)).toEqual([3]);
    // And each run took its check from that program: a second run of them checks nothing more.
    const [plain, imported, wrong] = await runner.run(examples);
    expect(check).toHaveBeenCalledTimes(1);
    expect(plain!.result).toEqual({ kind: 'ok', output: '2' });
    expect(imported!.result).toEqual({ kind: 'ok', output: '0.5' });
    expect(wrong!.diagnostics.map((d) => d.message)).toEqual(["Type 'string' is not assignable to type 'number'."]);
    expect(wrong!.result).toBeUndefined();
  } finally {
    runner.close();
  }
});

test('a check asked for as the type-checker closes still gets its answer: the compiler starts again for it', async () => {
  const client = new TypecheckClient(PROJECT_ROOT, await readCourseModules(PROJECT_ROOT));
  try {
    const pending = client.check({ code: "const n: number = 'two';", file: 'content/cold-start.mdx' });
    client.close();
    expect((await pending).map((d) => d.message)).toEqual(["Type 'string' is not assignable to type 'number'."]);
  } finally {
    client.close();
  }
});
