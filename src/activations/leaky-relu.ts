/**
 * The leaky rectified linear unit leakyRelu(x) = x if x > 0, else αx, and its derivative. Exact up to the
 * one rounding of αx.
 */

import { reluDerivativeOf, reluOf } from './relu.ts';
import { describe, mapElementwise, type Elementwise, type Kernel, type NestedNumbers } from './shape.ts';

/** Checks α: a finite number ≥ 0 (0 gives relu). */
function checkAlpha(alpha: unknown, fn: string): number {
  if (typeof alpha !== 'number') throw new TypeError(`${fn}: alpha is ${describe(alpha)}, expected a number`);
  if (!(alpha >= 0 && alpha < Number.POSITIVE_INFINITY)) {
    throw new RangeError(`${fn}: alpha is ${alpha}, expected a finite number ≥ 0`);
  }
  return alpha;
}

function map(x: unknown, fn: string, kernel: Kernel): unknown {
  if (x instanceof Float64Array) {
    const out = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) out[i] = kernel(x[i]!);
    return out;
  }
  return mapElementwise(x, fn, kernel);
}

/**
 * The leaky ReLU, leakyRelu(x) = x if x > 0, else α·x, elementwise: negative numbers are scaled by α
 * instead of zeroed.
 *
 * Accepts a number, nested arrays of any shape, or a `Float64Array`, and returns a new value of the same
 * shape; α must be finite and ≥ 0. With α = 0 it is `relu` (so −∞ maps to 0, not to 0·(−∞) = NaN).
 *
 * @param alpha the slope for x ≤ 0
 * @default alpha 0.01
 * @example
 * leakyRelu(-2); // returns -0.02
 * leakyRelu([-1, 3], 0.1); // returns [-0.1, 3]
 */
export function leakyRelu(x: number, alpha?: number): number;
export function leakyRelu(x: Float64Array, alpha?: number): Float64Array<ArrayBuffer>;
export function leakyRelu(x: readonly number[], alpha?: number): number[];
export function leakyRelu(x: readonly (readonly number[])[], alpha?: number): number[][];
export function leakyRelu<T extends NestedNumbers | Float64Array>(x: T, alpha?: number): Elementwise<T>;
export function leakyRelu(x: unknown, alpha: unknown = 0.01): unknown {
  const a = checkAlpha(alpha, 'leakyRelu');
  return map(x, 'leakyRelu', a === 0 ? reluOf : (v) => (v > 0 ? v : a * v));
}

/**
 * The derivative of the leaky ReLU: 1 where x > 0, else α, elementwise.
 *
 * Not differentiable at 0; we take α there. leakyReluDerivative(+∞) = 1, (−∞) = α, (NaN) = NaN.
 *
 * @param alpha the slope for x ≤ 0
 * @default alpha 0.01
 * @example
 * leakyReluDerivative([-1, 0, 2]); // returns [0.01, 0.01, 1]
 */
export function leakyReluDerivative(x: number, alpha?: number): number;
export function leakyReluDerivative(x: Float64Array, alpha?: number): Float64Array<ArrayBuffer>;
export function leakyReluDerivative(x: readonly number[], alpha?: number): number[];
export function leakyReluDerivative(x: readonly (readonly number[])[], alpha?: number): number[][];
export function leakyReluDerivative<T extends NestedNumbers | Float64Array>(x: T, alpha?: number): Elementwise<T>;
export function leakyReluDerivative(x: unknown, alpha: unknown = 0.01): unknown {
  const a = checkAlpha(alpha, 'leakyReluDerivative');
  return map(x, 'leakyReluDerivative', a === 0 ? reluDerivativeOf : (v) => (v > 0 ? 1 : v === v ? a : v));
}
