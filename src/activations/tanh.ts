/**
 * The hyperbolic tangent tanh(x) = (e^x − e^−x)/(e^x + e^−x) and its derivative tanh'(x) = 1 − tanh²(x).
 * README.md beside this file derives the thresholds and error bounds quoted below.
 */

import { derivativeFromExp } from './internal/derivative-from-exp.ts';
import { exp } from './internal/exp.ts';
import { expm1 } from './internal/expm1.ts';
import { mapElementwise, type Elementwise, type NestedNumbers } from './shape.ts';

/**
 * Past a = 55·ln2/2 ≈ 19.06, 1 − tanh(a) < 2e^−2a ≤ 2^−54, half an ulp below 1, so tanh(a) rounds to 1; from
 * 20 on `Math.tanh` returns exactly ±1 (and the table in internal/expm1.ts, sized for 2a < 40, is not needed).
 */
const SATURATED = 20;

/**
 * Past a = 354.2, e^−2a < 2^−1022 is subnormal and would carry too few bits; there (1 + e^−2a)² = 1 to far
 * below an ulp, and tanh'(a) = 4e^−2a = (2e^−a)², with e^−a still normal.
 */
const SUBNORMAL_TAIL = 354;

/**
 * tanh(x) for one number, as sign(x)·u/(u + 2) with u = e^2|x| − 1 (`internal/expm1.ts`). Error ≤ 2 ulp
 * (measured against mpmath over 600 000 points); the form is fdlibm's −t/(t + 2) turned around.
 *
 * Why it is accurate for every |x|: u is computed with a small relative error ε_u (no cancellation, even
 * as x → 0, where u ≈ 2x), and u + 2 carries the same error scaled by u/(u + 2), so the quotient's error
 * is ε_u·2/(u + 2) ≤ ε_u plus two roundings. No branch on the size of |x| is needed, unlike
 * 1 − 2/(e^2|x| + 1), which cancels below atanh(1/2).
 *
 * Why the sign is a product and not `x < 0 ? −q : q`: on data of mixed sign that branch is mispredicted
 * half the time; `Number(x < 0)` compiles to a flag read without a jump (about 1 ns per element faster in
 * a micro-benchmark on the bench data). ±0 (whose sign a product with +1 would lose), ±∞, NaN and
 * |x| ≥ 20 go to `Math.tanh`.
 */
export function tanhOf(x: number): number {
  const a = Math.abs(x);
  if (!(a > 0 && a < SATURATED)) return Math.tanh(x); // exact there: ±0, ±1, NaN
  const u = expm1(2 * a);
  return (1 - 2 * Number(x < 0)) * (u / (u + 2));
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
