/**
 * The logistic sigmoid σ(x) = 1 / (1 + e^−x) and its derivative σ'(x) = σ(x)·(1 − σ(x)).
 *
 * Both are quotients of positive numbers, so nothing cancels; README.md beside this file derives the
 * thresholds and the error bounds quoted below.
 */

import { expTang } from './internal/expm1.ts';
import { derivativeFromExp } from './internal/derivative-from-exp.ts';
import { mapElementwise, type Elementwise, type NestedNumbers } from './shape.ts';

/**
 * σ(x) for one number, as 1/(1 + e^−x). Where e^−x would overflow (x < −709.78) but σ(x) is still a
 * nonzero subnormal, the same fraction multiplied through by e^x, t/(1 + t) with t = e^x. Both forms are
 * quotients of positive numbers: error ≤ 2.5 ulp (measured ≤ 2). The threshold is one branch the CPU
 * predicts, rather than a branch on the sign of x, which random inputs mispredict half the time. e^−x comes
 * from `expTang` (internal/expm1.ts: Tang's table-driven exp, < 1 ulp, no division), which is fast on
 * (−708, 709) and hands the rest (x ≥ 708, where σ(x) = 1, and the tail below −709) to `Math.exp`.
 */
export function sigmoidOf(x: number): number {
  if (x > -709) return 1 / (1 + expTang(-x));
  const t = expTang(x); // NaN and −∞ land here: NaN/NaN = NaN, 0/1 = 0
  return t / (1 + t);
}

/**
 * σ'(x) for one number, as t/(1 + t)² with t = e^−|x| (σ' is even). The textbook σ(1 − σ) computes
 * 1 − σ(x) by cancellation: for x > 37, σ(x) rounds to 1 and the product to 0, though σ'(40) ≈ 4.2e-18.
 * Here nothing cancels. The rounding error of q = 1 + t, e = t − (q − 1) (exact, as q − 1 is, by
 * Sterbenz's lemma), would count twice in q²; it is put back to first order: t/(q + e)² ≈ t/q² · (1 − 2e/q).
 * Error ≤ 3 ulp (measured ≤ 2 from the correctly rounded value; without the correction, 3). Past
 * |x| ≈ 708.4 the true value is subnormal and so is t (from `Math.exp` there, via `expTang`'s fallback),
 * which it then equals to the last bit.
 */
export function sigmoidDerivativeOf(x: number): number {
  const t = expTang(-Math.abs(x));
  return derivativeFromExp(t);
}

/**
 * The logistic sigmoid, σ(x) = 1 / (1 + e^−x), elementwise: squashes any number into (0, 1).
 *
 * Accepts a number, nested arrays of any shape, or a `Float64Array`, and returns a new value of the same
 * shape. Within 4 ulp of the exact value for every double; σ(+∞) = 1, σ(−∞) = 0, σ(NaN) = NaN.
 *
 * @example
 * sigmoid(0); // returns 0.5
 * sigmoid([[-1], [1]]); // returns [[0.2689414213699951], [0.7310585786300049]]
 */
export function sigmoid(x: number): number;
export function sigmoid(x: Float64Array): Float64Array<ArrayBuffer>;
export function sigmoid(x: readonly number[]): number[];
export function sigmoid(x: readonly (readonly number[])[]): number[][];
export function sigmoid<T extends NestedNumbers | Float64Array>(x: T): Elementwise<T>;
export function sigmoid(x: unknown): unknown {
  if (x instanceof Float64Array) {
    // Repeated in each function rather than shared, so the kernel inlines into this loop (shape.ts).
    const out = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) out[i] = sigmoidOf(x[i]!);
    return out;
  }
  return mapElementwise(x, 'sigmoid', sigmoidOf);
}

/**
 * The derivative of the sigmoid, σ'(x) = σ(x)·(1 − σ(x)) = e^−|x| / (1 + e^−|x|)², elementwise.
 *
 * Computed in the second form, which keeps full precision in the tails where σ(x)·(1 − σ(x)) rounds to 0:
 * within 4 ulp of the exact value for every double. σ'(±∞) = 0, σ'(NaN) = NaN.
 *
 * @example
 * sigmoidDerivative(0); // returns 0.25
 * sigmoidDerivative(40); // returns 4.248354255291589e-18
 */
export function sigmoidDerivative(x: number): number;
export function sigmoidDerivative(x: Float64Array): Float64Array<ArrayBuffer>;
export function sigmoidDerivative(x: readonly number[]): number[];
export function sigmoidDerivative(x: readonly (readonly number[])[]): number[][];
export function sigmoidDerivative<T extends NestedNumbers | Float64Array>(x: T): Elementwise<T>;
export function sigmoidDerivative(x: unknown): unknown {
  if (x instanceof Float64Array) {
    const out = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) out[i] = sigmoidDerivativeOf(x[i]!);
    return out;
  }
  return mapElementwise(x, 'sigmoidDerivative', sigmoidDerivativeOf);
}
