import { describe, expect, test } from 'vitest';
import * as library from '../../../src/activations/index.ts';
import { checkExercise, parseCheck, type ExerciseCheck } from '../../../src/example-runtime/exercise.ts';

// The checks of the activations course's exercises, as their ```ts check fences write them.
const xs = [-745, -710, -40, -20, -5, -1, -1e-8, -0, 0, 1e-8, 0.5, 1, 5, 20, 40, 710, 745, Infinity, -Infinity, NaN];
const scalar = (reference: (x: number) => number): ExerciseCheck => ({ reference: reference as ExerciseCheck['reference'], inputs: xs.map((x) => [x]), note: 'tails included' });
const softmaxBackward = (x: number[], g: number[]) => library.softmaxJacobian(x).map((row) => row.reduce((sum, value, j) => sum + value * (g[j] ?? NaN), 0));
const CHECKS: Record<string, ExerciseCheck> = {
  sigmoid: scalar(library.sigmoid),
  sigmoidDerivative: scalar(library.sigmoidDerivative),
  tanh: scalar(library.tanh),
  tanhDerivative: scalar(library.tanhDerivative),
  relu: scalar(library.relu),
  reluDerivative: scalar(library.reluDerivative),
  leakyRelu: { reference: library.leakyRelu as ExerciseCheck['reference'], inputs: [0.01, 0, 0.2].flatMap((alpha) => xs.map((x) => [x, alpha])), note: 'tails included' },
  softmaxBackward: {
    reference: softmaxBackward as ExerciseCheck['reference'],
    inputs: [
      [[1, 2, 3], [0.5, -1, 2]],
      [[1000, 1001, 1002], [0.5, -1, 2]],
      [[-1000, 0, 1000], [1, 1, 1]],
      [[0, 0], [1, -1]],
      [[7], [3]],
    ],
    note: 'tails included',
  },
};

function run(name: string, exports: Record<string, unknown>) {
  const lines: string[] = [];
  const verdict = checkExercise(name, exports, CHECKS[name]!, (line) => lines.push(line));
  return { verdict, lines };
}

describe('parseCheck(exports)', () => {
  test('reads reference, inputs and note from the default export', () => {
    const check = parseCheck({ default: { reference: Math.abs, inputs: [[-1], [2]] } });
    expect(check).toEqual({ reference: Math.abs, inputs: [[-1], [2]], note: undefined });
  });

  test('says what is wrong with a malformed check', () => {
    expect(parseCheck({})).toMatchInlineSnapshot(`"the check fence has no default export; expected export default { reference: <function>, inputs: [[...arguments], ...], note?: <string> }"`);
    expect(parseCheck({ default: { reference: 1, inputs: [[1]] } })).toMatchInlineSnapshot(`"the check's \`reference\` is number, expected the function to compare with"`);
    expect(parseCheck({ default: { reference: Math.abs, inputs: [1, 2] } })).toMatchInlineSnapshot(`"the check's \`inputs\` must be a non-empty array of argument lists, e.g. \`[[0], [1], [-1]]\`"`);
  });
});

describe('checkExercise(name, exports, check, print)', () => {
  test('the library itself passes every check', () => {
    for (const name of ['sigmoid', 'sigmoidDerivative', 'tanh', 'tanhDerivative', 'relu', 'reluDerivative', 'leakyRelu'] as const) {
      expect(run(name, { [name]: library[name] }).verdict, name).toBe('pass');
    }
  });

  test('a pass says how many inputs agreed', () => {
    expect(run('tanh', { tanh: library.tanh }).lines).toEqual(['✓ tanh agrees with the library on all 20 inputs, tails included.']);
  });

  test('the textbook σ(1 − σ) fails in the tail, and the first failing input is named', () => {
    const textbook = (x: number) => {
      const s = 1 / (1 + Math.exp(-x));
      return s * (1 - s);
    };
    expect(run('sigmoidDerivative', { sigmoidDerivative: textbook })).toMatchInlineSnapshot(`
      {
        "lines": [
          "✗ sigmoidDerivative(20) returned 2.0611536879193953e-9, but the library gives 2.061153613941849e-9.",
        ],
        "verdict": "fail",
      }
    `);
  });

  test('NaN in must give NaN out', () => {
    expect(run('reluDerivative', { reluDerivative: (x: number) => (x > 0 ? 1 : 0) }).lines).toEqual([
      '✗ reluDerivative(NaN) returned 0, but the library gives NaN.',
    ]);
  });

  test('a missing export and a throwing function are failures that say so', () => {
    expect(run('tanh', {}).lines).toEqual(['✗ Export a function named tanh: the check calls it on 20 inputs.']);
    const throwing = () => {
      throw new RangeError('not yet');
    };
    expect(run('tanh', { tanh: throwing }).lines).toEqual(['✗ tanh(-745) threw RangeError: not yet, but the library gives -1.']);
  });

  test('vector results are compared on the scale of the whole vector', () => {
    const backward = (x: number[], g: number[]) => {
      const s = library.softmax(x);
      const dot = s.reduce((sum, si, i) => sum + si * (g[i] ?? NaN), 0);
      return s.map((si, i) => si * ((g[i] ?? NaN) - dot));
    };
    expect(run('softmaxBackward', { softmaxBackward: backward }).verdict).toBe('pass');
    expect(run('softmaxBackward', { softmaxBackward: (x: number[]) => x.map(() => 0) }).lines).toEqual([
      '✗ softmaxBackward([1, 2, 3], [0.5, -1, 2]) returned [0, 0, 0], but the library gives [-0.05678847003696695, -0.5214597727496746, 0.5782482427866416].',
    ]);
  });

  test('a check without a note says nothing more', () => {
    const lines: string[] = [];
    checkExercise('abs', { abs: Math.abs }, { reference: Math.abs as ExerciseCheck['reference'], inputs: [[-2], [3]], note: undefined }, (line) => lines.push(line));
    expect(lines).toEqual(['✓ abs agrees with the library on all 2 inputs.']);
  });
});
