/**
 * The hyperbolic tangent tanh(x) = (e^x − e^−x)/(e^x + e^−x) and its derivative tanh'(x) = 1 − tanh²(x).
 * README.md beside this file derives the thresholds and error bounds quoted below.
 */

import { derivativeFromExp } from './internal/derivative-from-exp.ts';
import { exp } from './internal/exp.ts';
import { mapElementwise, type Elementwise, type NestedNumbers } from './shape.ts';

/**
 * atanh(1/2) = ln(3)/2. From here up tanh(a) ≥ 1/2 ≥ 2/(e^2a + 1), so 1 − 2/(e^2a + 1) subtracts a number
 * at most half the size of 1: nothing cancels and the error of the quotient is not magnified. Below it the
 * quotient nears 1 and its error would be, so we defer to `Math.tanh` (fdlibm, expm1-based; measured ≤ 2 ulp).
 */
const HALF_LN3 = 0.5493061443340549;

/**
 * Past a = 354.2, e^−2a < 2^−1022 is subnormal and would carry too few bits; there (1 + e^−2a)² = 1 to far
 * below an ulp, and tanh'(a) = 4e^−2a = (2e^−a)², with e^−a still normal.
 */
const SUBNORMAL_TAIL = 354;

/** tanh(x) for one number, computed as 1 − 2/(e^2|x| + 1) for |x| ≥ ln(3)/2. Error ≤ 2 ulp (measured). */
export function tanhOf(x: number): number {
  const a = Math.abs(x);
  if (a < HALF_LN3) return Math.tanh(x); // keeps −0 and tiny x exact
  const r = 1 - 2 / (exp(2 * a) + 1); // e^2a = ∞ past a ≈ 354.9 gives exactly 1; NaN passes through
  return x < 0 ? -r : r;
}

/**
 * tanh'(x) for one number, as 4t/(1 + t)² with t = e^−2|x| (tanh' is even). The textbook 1 − tanh²(x)
 * cancels: tanh(x) rounds to 1 for |x| > 19.1, so it returns 0 where tanh'(20) ≈ 1.7e-17. Error ≤ 3 ulp
 * (measured ≤ 2), subnormal results included.
 */
export function tanhDerivativeOf(x: number): number {
  const a = Math.abs(x);
  if (a > SUBNORMAL_TAIL) {
    const w = 2 * exp(-a);
    return w * w;
  }
  return 4 * derivativeFromExp(exp(-2 * a));
}

/**
 * The hyperbolic tangent, tanh(x) = (e^x − e^−x)/(e^x + e^−x) = 2σ(2x) − 1, elementwise: squashes any
 * number into (−1, 1).
 *
 * Accepts a number, nested arrays of any shape, or a `Float64Array`, and returns a new value of the same
 * shape. Within 4 ulp of the exact value for every double; tanh(±∞) = ±1, tanh(NaN) = NaN, tanh(−0) = −0.
 *
 * @example
 * tanh(0.5); // returns 0.46211715726000974
 * tanh([-1, 1]); // returns [-0.7615941559557649, 0.7615941559557649]
 */
export function tanh(x: number): number;
export function tanh(x: Float64Array): Float64Array<ArrayBuffer>;
export function tanh(x: readonly number[]): number[];
export function tanh(x: readonly (readonly number[])[]): number[][];
export function tanh<T extends NestedNumbers | Float64Array>(x: T): Elementwise<T>;
export function tanh(x: unknown): unknown {
  if (x instanceof Float64Array) {
    // Repeated in each function rather than shared, so the kernel inlines into this loop (shape.ts).
    const out = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) out[i] = tanhOf(x[i]!);
    return out;
  }
  return mapElementwise(x, 'tanh', tanhOf);
}

/**
 * The derivative of tanh, tanh'(x) = 1 − tanh²(x) = 1/cosh²(x) = 4e^−2|x| / (1 + e^−2|x|)², elementwise.
 *
 * Computed in the last form, which keeps full precision in the tails where 1 − tanh²(x) rounds to 0:
 * within 4 ulp of the exact value for every double. tanh'(±∞) = 0, tanh'(NaN) = NaN.
 *
 * @example
 * tanhDerivative(0); // returns 1
 * tanhDerivative(20); // returns 1.6993417021166355e-17
 */
export function tanhDerivative(x: number): number;
export function tanhDerivative(x: Float64Array): Float64Array<ArrayBuffer>;
export function tanhDerivative(x: readonly number[]): number[];
export function tanhDerivative(x: readonly (readonly number[])[]): number[][];
export function tanhDerivative<T extends NestedNumbers | Float64Array>(x: T): Elementwise<T>;
export function tanhDerivative(x: unknown): unknown {
  if (x instanceof Float64Array) {
    const out = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) out[i] = tanhDerivativeOf(x[i]!);
    return out;
  }
  return mapElementwise(x, 'tanhDerivative', tanhDerivativeOf);
}
