/**
 * The check behind an exercise: the reader's exported function is called on a
 * fixed set of inputs, tails included, and compared with the course library;
 * the first input where they differ is reported. The same check runs in the
 * page (on the reader's code) and in the build (which requires the lesson's
 * stub to fail it and its reference solution to pass it).
 */
import type * as Library from '../activations/index.ts';

type Fn = (...args: never[]) => unknown;

interface ExerciseCheck {
  /** The correct answer, computed from the library. */
  reference: (library: typeof Library) => Fn;
  /** Argument lists to call both with. */
  inputs: readonly (readonly unknown[])[];
}

/** Every magnitude where the textbook formulas break: tiny, moderate, saturated, past exp's overflow, ±∞, NaN. */
const SCALARS = [-745, -710, -40, -20, -5, -1, -1e-8, -0, 0, 1e-8, 0.5, 1, 5, 20, 40, 710, 745, Infinity, -Infinity, NaN];
const scalarInputs = SCALARS.map((x) => [x] as const);
const scalar = (name: 'sigmoid' | 'sigmoidDerivative' | 'tanh' | 'tanhDerivative' | 'relu' | 'reluDerivative'): ExerciseCheck => ({
  reference: (library) => library[name] as Fn,
  inputs: scalarInputs,
});

/** J g for the softmax Jacobian J at x: what a backward pass through softmax computes. */
function softmaxBackward(library: typeof Library): Fn {
  return ((x: number[], g: number[]) => library.softmaxJacobian(x).map((row) => row.reduce((sum, value, j) => sum + value * (g[j] ?? NaN), 0))) as Fn;
}

export const EXERCISE_CHECKS: Readonly<Record<string, ExerciseCheck>> = {
  sigmoid: scalar('sigmoid'),
  sigmoidDerivative: scalar('sigmoidDerivative'),
  tanh: scalar('tanh'),
  tanhDerivative: scalar('tanhDerivative'),
  relu: scalar('relu'),
  reluDerivative: scalar('reluDerivative'),
  leakyRelu: {
    reference: (library) => library.leakyRelu as Fn,
    inputs: [0.01, 0, 0.2].flatMap((alpha) => SCALARS.map((x) => [x, alpha] as const)),
  },
  softmaxBackward: {
    reference: softmaxBackward,
    inputs: [
      [[1, 2, 3], [0.5, -1, 2]],
      [[1000, 1001, 1002], [0.5, -1, 2]],
      [[-1000, 0, 1000], [1, 1, 1]],
      [[0, 0], [1, -1]],
      [[7], [3]],
    ],
  },
};

/** Numbers as a reader writes them in TypeScript; arrays in brackets. */
function show(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/**
 * Agreement to 12 significant digits, relative to the largest expected entry
 * (so a component that cancels to nearly 0 is judged on the vector's scale);
 * results below 1e-300 are subnormal and compared absolutely.
 */
function agrees(got: unknown, expected: unknown, scale?: number): boolean {
  if (Array.isArray(expected)) {
    if (!Array.isArray(got) || got.length !== expected.length) return false;
    const size = Math.max(...expected.map((value) => (typeof value === 'number' && Number.isFinite(value) ? Math.abs(value) : 0)));
    return expected.every((value, index) => agrees(got[index], value, size));
  }
  if (typeof expected !== 'number' || typeof got !== 'number') return false;
  if (Number.isNaN(expected) || !Number.isFinite(expected)) return Object.is(got, expected) || (Number.isNaN(expected) && Number.isNaN(got));
  return Math.abs(got - expected) <= 1e-12 * (scale ?? Math.abs(expected)) + 1e-300;
}

export type Verdict = 'pass' | 'fail';

/** Runs the check named `name` on the reader's exports, printing one line of verdict. */
export function checkExercise(name: string, exports: Readonly<Record<string, unknown>>, library: typeof Library, print: (line: string) => void): Verdict {
  const check = EXERCISE_CHECKS[name];
  if (!check) throw new Error(`no exercise check is named ${name}`);
  const candidate = exports[name];
  if (typeof candidate !== 'function') {
    print(`✗ Export a function named ${name}: the check calls it on ${check.inputs.length} inputs.`);
    return 'fail';
  }
  const reference = check.reference(library);
  for (const args of check.inputs) {
    const call = `${name}(${args.map(show).join(', ')})`;
    const expected = reference(...(structuredClone(args) as never[]));
    let got: unknown;
    try {
      got = (candidate as Fn)(...(structuredClone(args) as never[]));
    } catch (error) {
      print(`✗ ${call} threw ${error instanceof Error ? `${error.name}: ${error.message}` : show(error)}, but the library gives ${show(expected)}.`);
      return 'fail';
    }
    if (!agrees(got, expected)) {
      print(`✗ ${call} returned ${show(got)}, but the library gives ${show(expected)}.`);
      return 'fail';
    }
  }
  print(`✓ ${name} agrees with the library on all ${check.inputs.length} inputs, tails included.`);
  return 'pass';
}
