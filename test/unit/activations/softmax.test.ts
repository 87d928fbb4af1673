import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { softmax, softmaxJacobian } from '../../../src/activations/index.ts';

/** Exact sum of doubles (to one final rounding), by Shewchuk's expansion as Python's math.fsum does. */
function fsum(values: Iterable<number>): number {
  const partials: number[] = [];
  for (let x of values) {
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  return partials.reduce((a, b) => a + b, 0);
}

const row = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 50 });

describe('softmax(x)', () => {
  test('returns probabilities for a vector, each row of a matrix, and a Float64Array', () => {
    expect(softmax([1, 2, 3])).toEqual([0.09003057317038046, 0.24472847105479764, 0.6652409557748218]);
    expect(softmax([[0, 0], [3, 3]])).toEqual([[0.5, 0.5], [0.5, 0.5]]);
    expect(softmax(Float64Array.from([0, 0]))).toEqual(Float64Array.from([0.5, 0.5]));
  });

  test('does not overflow or underflow to NaN', () => {
    expect(softmax([1e5, -1e5, 0])).toEqual([1, 0, 0]);
    expect(softmax([1e308, 1e308])).toEqual([0.5, 0.5]);
    expect(softmax([-1e5, -1e5 - 1])).toEqual(softmax([0, -1]));
  });

  test('handles non-finite entries', () => {
    expect(softmax([Number.POSITIVE_INFINITY, 1, Number.POSITIVE_INFINITY])).toEqual([0.5, 0, 0.5]);
    expect(softmax([Number.NEGATIVE_INFINITY, 0])).toEqual([0, 1]);
    expect(softmax([Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY])).toEqual([0.5, 0.5]);
    expect(softmax([Number.NaN, 1])).toEqual([Number.NaN, Number.NaN]);
  });

  test('sums to 1 within 1e-15 on every row', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 4 }), (rows) => {
        const n = rows[0]!.length;
        const matrix = rows.map((r) => [...r, ...new Array<number>(n).fill(0)].slice(0, n));
        for (const r of softmax(matrix)) expect(Math.abs(fsum(r) - 1)).toBeLessThanOrEqual(1e-15);
      }),
    );
  });

  test('is invariant to adding a constant', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 20 }), fc.integer({ min: -1e6, max: 1e6 }), (xs, c) => {
        // Integers keep x + c exact, so the two inputs describe the same distribution exactly.
        const a = softmax(xs);
        const b = softmax(xs.map((v) => v + c));
        a.forEach((v, i) => expect(Math.abs(v - b[i]!)).toBeLessThanOrEqual(4 * Number.EPSILON * v));
      }),
    );
  });

  test('is invariant to a non-integer shift, up to the rounding of x + c', () => {
    fc.assert(
      fc.property(row, fc.double({ min: -100, max: 100, noNaN: true }), (xs, c) => {
        const a = softmax(xs);
        const b = softmax(xs.map((v) => v + c));
        // Each x_j + c is rounded by up to |x_j + c|·2^-53, which e^x turns into a relative error of that
        // size; s_i = e^(x_i) / Σ e^(x_j) carries its own input's and, through the sum, the largest other's.
        const largest = Math.max(...xs.map((x) => Math.abs(x + c)));
        const slack = (v: number, x: number): number => (8 + Math.abs(x + c) + largest + Math.abs(c)) * Number.EPSILON * v + 1e-300;
        a.forEach((v, i) => expect(Math.abs(v - b[i]!)).toBeLessThanOrEqual(slack(v, xs[i]!) * 2));
      }),
      // Found by a CI run: s_1 ≈ e^-64 moves with the rounding of x_0 + c, not of its own x_1 + c ≈ 0.
      { examples: [[[63.999999999999915, 0], 8.89843754237063e-14]] },
    );
  });
});

describe('softmaxJacobian(x)', () => {
  test('is s_i(δ_ij − s_j)', () => {
    expect(softmaxJacobian([0, 0])).toEqual([[0.25, -0.25], [-0.25, 0.25]]);
    const s = softmax([1, 2, 3]);
    const j = softmaxJacobian([[1], [2], [3]]);
    for (let a = 0; a < 3; a++) {
      for (let b = 0; b < 3; b++) {
        const want = s[a]! * ((a === b ? 1 : 0) - s[b]!);
        expect(Math.abs(j[a]![b]! - want)).toBeLessThanOrEqual(4 * Number.EPSILON * Math.abs(want));
      }
    }
  });

  test('is symmetric and its rows sum to 0 within 1e-16', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 30 }), (xs) => {
        const j = softmaxJacobian(Float64Array.from(xs));
        j.forEach((r, a) => {
          r.forEach((v, b) => expect(Object.is(v, j[b]![a]) || v === j[b]![a]).toBe(true));
          expect(Math.abs(fsum(r))).toBeLessThanOrEqual(1e-16);
        });
      }),
    );
  });
});
