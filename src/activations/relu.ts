/** The rectified linear unit relu(x) = max(0, x) and its derivative. Exact: no rounding happens. */

import { mapElementwise, type Elementwise, type NestedNumbers } from './shape.ts';

/** relu(x) for one number: x if x > 0, else +0 (so relu(−0) = +0); NaN stays NaN. */
export function reluOf(x: number): number {
  return x > 0 ? x : x === x ? 0 : x;
}

/** relu'(x) for one number: 1 if x > 0, else 0; NaN stays NaN. */
export function reluDerivativeOf(x: number): number {
  return x > 0 ? 1 : x === x ? 0 : x;
}

/**
 * The rectified linear unit, relu(x) = max(0, x), elementwise: negative numbers become 0.
 *
 * Accepts a number, nested arrays of any shape, or a `Float64Array`, and returns a new value of the same
 * shape. Exact. relu(−0) = +0, relu(NaN) = NaN.
 *
 * @example
 * relu(-2); // returns 0
 * relu([[-1, 0.5]]); // returns [[0, 0.5]]
 */
export function relu(x: number): number;
export function relu(x: Float64Array): Float64Array<ArrayBuffer>;
export function relu(x: readonly number[]): number[];
export function relu(x: readonly (readonly number[])[]): number[][];
export function relu<T extends NestedNumbers | Float64Array>(x: T): Elementwise<T>;
export function relu(x: unknown): unknown {
  if (x instanceof Float64Array) {
    const out = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) out[i] = reluOf(x[i]!);
    return out;
  }
  return mapElementwise(x, 'relu', reluOf);
}

/**
 * The derivative of relu: relu'(x) = 1 where x > 0, else 0, elementwise.
 *
 * relu has no derivative at 0; we take 0 there, as most libraries do. relu'(+∞) = 1 (the slope on the whole
 * positive side), relu'(−∞) = 0, relu'(NaN) = NaN.
 *
 * @example
 * reluDerivative([-1, 0, 2]); // returns [0, 0, 1]
 */
export function reluDerivative(x: number): number;
export function reluDerivative(x: Float64Array): Float64Array<ArrayBuffer>;
export function reluDerivative(x: readonly number[]): number[];
export function reluDerivative(x: readonly (readonly number[])[]): number[][];
export function reluDerivative<T extends NestedNumbers | Float64Array>(x: T): Elementwise<T>;
export function reluDerivative(x: unknown): unknown {
  if (x instanceof Float64Array) {
    const out = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) out[i] = reluDerivativeOf(x[i]!);
    return out;
  }
  return mapElementwise(x, 'reluDerivative', reluDerivativeOf);
}
