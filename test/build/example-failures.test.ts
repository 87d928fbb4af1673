/**
 * Each way an example can fail, as a fixture lesson, with the message the
 * author sees pinned: the lesson file and line, the offending line of the
 * example where there is one, and a diff for wrong output.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { checkOutcome, actualOutput } from '../../src/integration/examples/check.ts';
import type { Outcome } from '../../src/integration/examples/runner.ts';
import { examplesIn, projectRunner } from '../helpers/examples.ts';

const DIR = 'test/build/fixtures/example-failures/content';
const LESSONS = ['mismatch', 'unknown-module', 'type-error', 'throws', 'timeout', 'missing-output', 'did-not-throw', 'passing', 'exercise-stub-passes', 'exercise-solution-fails', 'check-type-error', 'check-type-error-spaced'] as const;
const outcomes = new Map<string, Outcome[]>();

beforeAll(async () => {
  const examples = await Promise.all(LESSONS.map((name) => examplesIn(`${DIR}/${name}.mdx`)));
  // One batch, as in a build: one type-check program for all of them.
  const results = await (await projectRunner()).run(examples.flat());
  let next = 0;
  LESSONS.forEach((name, index) => outcomes.set(name, results.slice(next, (next += examples[index]!.length))));
});

function failure(name: (typeof LESSONS)[number], index = 0): string | undefined {
  return checkOutcome(outcomes.get(name)![index]!)?.message;
}

describe('an example that fails stops the build with a message naming the lesson and line', () => {
  test('wrong output: a unified diff of expected against actual', () => {
    expect(failure('mismatch')).toMatchInlineSnapshot(`
      "test/build/fixtures/example-failures/content/mismatch.mdx:5: The example's output differs from its output fence at test/build/fixtures/example-failures/content/mismatch.mdx:11 (- expected, + actual):
      @@ -1,1 +1,1 @@
      -array([0.5       , 0.7       , 0.88079708])
      +array([0.5       , 0.73105858, 0.88079708])"
    `);
  });

  test("an import the course does not have: a type error at its line that lists the course's modules", () => {
    expect(failure('unknown-module')).toMatchInlineSnapshot(`
      "test/build/fixtures/example-failures/content/unknown-module.mdx:6:34: The example does not type-check:
      Cannot find module '#losses' or its corresponding type declarations. The course's modules (package.json "imports") are '#activations'; examples can also import the project's files by relative path and its npm dependencies.
        6 | import { meanSquaredError } from '#losses';
                                             ^"
    `);
  });

  test('a type error: the line inside the example, the source line and a caret', () => {
    expect(failure('type-error')).toMatchInlineSnapshot(`
      "test/build/fixtures/example-failures/content/type-error.mdx:8:7: The example does not type-check:
      Type 'number[]' is not assignable to type 'number'.
        8 | const x: number = sigmoid([1, 2]);
                  ^"
    `);
  });

  test('an exception: its message and the line that threw', () => {
    expect(failure('throws')).toMatchInlineSnapshot(`
      "test/build/fixtures/example-failures/content/throws.mdx:9: The example threw an error:
      TypeError: sigmoid: x[0] is "a", expected a number
        9 | sigmoid(JSON.parse('["a"]'));"
    `);
  });

  test('a timeout: the limit, and what the example had printed', () => {
    expect(failure('timeout')).toMatchInlineSnapshot(`
      "test/build/fixtures/example-failures/content/timeout.mdx:5: The example was stopped after 0.3 s; it had printed:
      starting"
    `);
  });

  test('output without an output fence', () => {
    expect(failure('missing-output')).toMatchInlineSnapshot(`
      "test/build/fixtures/example-failures/content/missing-output.mdx:5: The example printed output, but no \`\`\`output fence follows it:
      hello [ 1, 2 ]"
    `);
  });

  test('an example marked `throws` that does not throw', () => {
    expect(failure('did-not-throw')).toMatchInlineSnapshot(`
      "test/build/fixtures/example-failures/content/did-not-throw.mdx:5: The example is marked \`throws\` but finished without an error, printing:
      fine"
    `);
  });

  test("an exercise whose starting code already passes: there would be nothing to do", () => {
    expect(failure('exercise-stub-passes')).toMatchInlineSnapshot(`
      "test/build/fixtures/example-failures/content/exercise-stub-passes.mdx:5: The exercise's starting code already passes its check, so there is nothing for the reader to do:
      ✓ tanh agrees with the library on all 3 inputs."
    `);
  });

  test("a type error in an exercise's check fence: the check's own line, in each lesson that holds the exercise", () => {
    // The two lessons hold the same exercise, fences apart by different spacing: one run serves both, not one line.
    expect(failure('check-type-error')).toMatchInlineSnapshot(`
      "test/build/fixtures/example-failures/content/check-type-error.mdx:20:7: The example does not type-check:
      Type 'number[][]' is not assignable to type 'number'.
        20 | const inputs: number = [[-1], [0], [1]];
                   ^"
    `);
    expect(failure('check-type-error-spaced')).toMatchInlineSnapshot(`
      "test/build/fixtures/example-failures/content/check-type-error-spaced.mdx:25:7: The example does not type-check:
      Type 'number[][]' is not assignable to type 'number'.
        25 | const inputs: number = [[-1], [0], [1]];
                   ^"
    `);
  });

  test("an exercise whose reference solution fails its check: the first failing input", () => {
    expect(failure('exercise-solution-fails', 0)).toBeUndefined();
    expect(failure('exercise-solution-fails', 1)).toMatchInlineSnapshot(`
      "test/build/fixtures/example-failures/content/exercise-solution-fails.mdx:11: The exercise's \`ts solution\` does not pass its check:
      ✗ sigmoidDerivative(20) returned 2.0611536879193953e-9, but the library gives 2.061153613941849e-9."
    `);
  });

  test('an exercise without a solution', async () => {
    await expect(examplesIn(`${DIR}/exercise-without-solution.mdx`)).rejects.toThrowErrorMatchingInlineSnapshot(`[ExampleFlag: test/build/fixtures/example-failures/content/exercise-without-solution.mdx:5: The example's fence is an exercise, so a \`\`\`ts solution fence with its reference solution must follow it.]`);
  });

  test('an exercise without a check fence after its solution', async () => {
    await expect(examplesIn(`${DIR}/exercise-without-check.mdx`)).rejects.toThrowErrorMatchingInlineSnapshot(`[ExampleFlag: test/build/fixtures/example-failures/content/exercise-without-check.mdx:5: The example's fence is an exercise, so its \`\`\`ts solution must be followed by a \`\`\`ts check fence that exports { reference, inputs }.]`);
  });

  test('an output fence that follows no example is an error at its own line, not a plain code block', async () => {
    await expect(examplesIn(`${DIR}/stray-output.mdx`)).rejects.toThrowErrorMatchingInlineSnapshot(`[StrayOutputFence: test/build/fixtures/example-failures/content/stray-output.mdx:7: This \`\`\`output fence does not come right after a \`\`\`ts run example, so nothing checks it and the page would show it as plain code.]`);
  });

  test('a misspelt flag is an error, not a silently skipped check', async () => {
    await expect(examplesIn(`${DIR}/bad-flag.mdx`)).rejects.toThrowErrorMatchingInlineSnapshot(`[ExampleFlag: test/build/fixtures/example-failures/content/bad-flag.mdx:7: The example's fence \`thorws\` is not an example flag; expected \`run\`, \`throws\` or \`timeout=<n>s\`.]`);
  });
});

describe('an example that is as its lesson says', () => {
  test('a `throws` example passes when its error message is its output', () => {
    expect(checkOutcome(outcomes.get('passing')![0]!)).toBeUndefined();
  });

  test('a passing example with shown values passes', () => {
    expect(checkOutcome(outcomes.get('passing')![1]!)).toBeUndefined();
  });

  test('top-level expressions print their values, notebook style; statements and undefined print nothing', () => {
    expect(actualOutput(outcomes.get('passing')![1]!)).toBe('6.0\n"a string"');
  });
});
