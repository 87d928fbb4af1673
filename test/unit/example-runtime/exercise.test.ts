import { describe, expect, test } from 'vitest';
import * as library from '../../../src/activations/index.ts';
import { checkExercise, EXERCISE_CHECKS } from '../../../src/example-runtime/exercise.ts';

function run(name: string, exports: Record<string, unknown>) {
  const lines: string[] = [];
  const verdict = checkExercise(name, exports, library, (line) => lines.push(line));
  return { verdict, lines };
}

describe('checkExercise', () => {
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

  test('every check has inputs in both tails, at ±∞ and at NaN', () => {
    for (const [name, check] of Object.entries(EXERCISE_CHECKS)) {
      const firsts = check.inputs.map((args) => args[0]);
      if (typeof firsts[0] !== 'number') continue;
      expect(firsts, name).toEqual(expect.arrayContaining([-745, 745, Infinity, -Infinity, NaN]));
    }
  });
});
