/**
 * softmax(x)_i = e^(x_i) / Σ_j e^(x_j), along the last axis, and its Jacobian. README.md beside this file
 * explains the shift by the maximum and the two compensations.
 */

import { exp } from './internal/exp.ts';
import { checkRow, describe, elementError, getShape } from './shape.ts';

/** Reads one row of numbers, checking each entry; throws naming `fn` and the position. */
function readRow(row: ArrayLike<unknown>, path: string, fn: string): Float64Array {
  const out = new Float64Array(row.length);
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (typeof v !== 'number') throw elementError(fn, `${path}[${i}]`, v);
    out[i] = v;
  }
  return out;
}

/**
 * Softmax of one row, written into `out`.
 *
 * 1. Subtract the maximum m: e^(x_i − m) ≤ 1 never overflows and the largest term is exactly 1, so the sum
 *    is ≥ 1 and never underflows (x of ±1e5 would otherwise give ∞/∞ or 0/0 = NaN). The result is the same,
 *    since softmax(x + c) = softmax(x).
 * 2. x_i − m is rounded, by up to |x_i − m|·2^−53, an error the exponential turns into a relative error of
 *    the same size (1e-14 at |x_i − m| = 100). Its exact rounding error r (TwoSum, Knuth TAOCP 4.2.2) is
 *    put back as e^(d + r) ≈ e^d·(1 + r).
 * 3. Sum with Neumaier's compensated summation, so the sum's error does not grow with the row length.
 *
 * Non-finite entries: NaN anywhere gives a row of NaN. +∞ entries share the mass equally and the rest get 0
 * (the limit as they grow). A row that is all −∞ is uniform (the limit of softmax(c, …, c) as c → −∞).
 */
function softmaxRow(x: Float64Array, out: Float64Array): void {
  const n = x.length;
  let m = Number.NEGATIVE_INFINITY;
  let hasNaN = false;
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    if (v > m) m = v;
    else if (v !== v) hasNaN = true;
  }
  if (hasNaN) return void out.fill(Number.NaN);
  if (m === Number.POSITIVE_INFINITY || m === Number.NEGATIVE_INFINITY) {
    let count = 0;
    for (let i = 0; i < n; i++) if (x[i] === m) count++;
    for (let i = 0; i < n; i++) out[i] = x[i] === m ? 1 / count : 0;
    return;
  }
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    const d = v - m;
    const bv = d - v; // TwoSum of v and −m: r is the exact rounding error of d
    const r = v - (d - bv) + (-m - bv);
    // e^d is 0 below −745.13 anyway; the guard keeps −∞ entries from making r NaN (∞ − ∞).
    const e = d > -746 ? exp(d) * (1 + r) : 0;
    out[i] = e;
    const s = sum + e; // Neumaier: keep what the addition dropped
    compensation += Math.abs(sum) >= e ? sum - s + e : e - s + sum;
    sum = s;
  }
  sum += compensation;
  for (let i = 0; i < n; i++) out[i] = out[i]! / sum;
}

function emptyError(fn: string, path: string): RangeError {
  return new RangeError(`${fn}: ${path} is empty, expected at least one entry`);
}

/**
 * The softmax, softmax(x)_i = e^(x_i) / Σ_j e^(x_j): turns a vector of scores into probabilities that are
 * positive and sum to 1. For a matrix, each row separately (the last axis).
 *
 * Never overflows (entries of ±1e5 are fine), each row sums to 1 within 1e-15, and adding a constant to a
 * row does not change its result. Each entry is within a few ulp of the exact value.
 *
 * @example
 * softmax([1, 2, 3]); // returns [0.09003057317038046, 0.24472847105479764, 0.6652409557748218]
 * softmax([[0, 0]]); // returns [[0.5, 0.5]]
 */
export function softmax(x: Float64Array): Float64Array<ArrayBuffer>;
export function softmax(x: readonly number[]): number[];
export function softmax(x: readonly (readonly number[])[]): number[][];
export function softmax(x: unknown): unknown {
  if (x instanceof Float64Array) {
    if (x.length === 0) throw emptyError('softmax', 'x');
    const out = new Float64Array(x.length);
    softmaxRow(x, out);
    return out;
  }
  return mapRows(x, 'softmax', (row, path) => {
    if (row.length === 0) throw emptyError('softmax', path);
    const out = new Float64Array(row.length);
    softmaxRow(readRow(row, path, 'softmax'), out);
    return Array.from(out);
  });
}

/** Applies `f` to a vector, or to each row of a matrix, after checking the shape. */
function mapRows<R>(x: unknown, fn: string, f: (row: readonly unknown[], path: string) => R): R | R[] {
  if (!Array.isArray(x)) {
    throw new TypeError(`${fn}: x is ${describe(x)}, expected an array of numbers, an array of rows or a Float64Array`);
  }
  const shape = getShape(x);
  if (shape.length === 1) return f(x, 'x');
  if (shape.length > 2) {
    throw new RangeError(`${fn}: x[0][0] is an array, expected a number (${fn} takes a vector or a matrix)`);
  }
  return x.map((row: unknown, i) => f(checkRow(row, shape, 1, `x[${i}]`, fn), `x[${i}]`));
}

/**
 * The Jacobian of the softmax of a vector: J[i][j] = ∂softmax_i/∂x_j = s_i·(δ_ij − s_j), with s = softmax(x).
 *
 * Takes a vector of n numbers (an array, a `Float64Array` or an (n, 1) column) and returns the n×n matrix.
 * It is exactly symmetric, and each row sums to 0 within 1e-16: the diagonal is computed as s_i·Σ_{j≠i} s_j,
 * which equals s_i·(1 − s_i) but keeps its precision when s_i is close to 1.
 *
 * @example
 * softmaxJacobian([0, 0]); // returns [[0.25, -0.25], [-0.25, 0.25]]
 */
export function softmaxJacobian(x: readonly number[] | readonly (readonly [number])[] | Float64Array): number[][] {
  const s = softmaxOfVector(x, 'softmaxJacobian');
  const n = s.length;
  const jacobian: number[][] = [];
  for (let i = 0; i < n; i++) {
    const si = s[i]!;
    const row: number[] = [];
    let others = 0;
    let compensation = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) {
        row.push(0);
        continue;
      }
      const sj = s[j]!;
      row.push(-(si * sj));
      const t = others + sj;
      compensation += others >= sj ? others - t + sj : sj - t + others; // Neumaier, as in softmaxRow
      others = t;
    }
    row[i] = si * (others + compensation);
    jacobian.push(row);
  }
  return jacobian;
}

function readColumn(x: readonly unknown[], shape: readonly number[], fn: string): Float64Array {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const v = checkRow(x[i], shape, 1, `x[${i}]`, fn)[0];
    if (typeof v !== 'number') throw elementError(fn, `x[${i}][0]`, v);
    out[i] = v;
  }
  return out;
}

/** softmax of a vector given as numbers, a Float64Array or an (n, 1) column; for `softmaxJacobian`. */
function softmaxOfVector(x: unknown, fn: string): Float64Array {
  let values: Float64Array;
  if (x instanceof Float64Array) values = x;
  else if (!Array.isArray(x)) {
    throw new TypeError(`${fn}: x is ${describe(x)}, expected an array of numbers, an (n, 1) column or a Float64Array`);
  } else {
    const shape = getShape(x);
    if (shape.length > 1 && shape[1] !== 1) {
      throw new RangeError(`${fn}: x has shape (${shape.join(', ')}), expected a vector or an (n, 1) column`);
    }
    values = shape.length === 1 ? readRow(x, 'x', fn) : readColumn(x, shape, fn);
  }
  if (values.length === 0) throw emptyError(fn, 'x');
  const s = new Float64Array(values.length);
  softmaxRow(values, s);
  return s;
}
