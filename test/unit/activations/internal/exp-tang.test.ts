// The table-driven e^t behind sigmoid (expTang in src/activations/internal/expm1.ts).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expTang } from '../../../../src/activations/internal/expm1.ts';
import { ulpDistance } from '../ulp.ts';

describe('expTang(t)', () => {
  // Both are within 1 ulp of e^t, so they can differ by 2; 2e6 random points on (−708, 709) at development
  // time: 90% equal, the rest 1 apart.
  test('is within 2 ulp of Math.exp on the fast path (−708, 709)', () => {
    fc.assert(
      fc.property(fc.double({ min: -708, max: 709, noNaN: true }), (t) => {
        expect(ulpDistance(expTang(t), Math.exp(t))).toBeLessThanOrEqual(2);
      }),
      { numRuns: 20000 },
    );
  });

  test('keeps relative precision near 0, where e^t ≈ 1 + t', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e-2, noNaN: true }), fc.boolean(), (m, negative) => {
        const t = negative ? -m : m;
        expect(ulpDistance(expTang(t), Math.exp(t))).toBeLessThanOrEqual(2);
      }),
      { numRuns: 20000 },
    );
  });

  test('at the table nodes kd·ln2/256 and halfway between, across every j and k (|kd| up to 2^18)', () => {
    const step = Math.LN2 / 256;
    for (let kd = -261_480; kd <= 261_850; kd += 61) {
      for (const t of [kd * step, (kd + 0.5) * step]) expect(ulpDistance(expTang(t), Math.exp(t))).toBeLessThanOrEqual(2);
    }
  });

  test('at both ends of the fast path, and past them (Math.exp): no subnormal or overflowing scaling', () => {
    for (const t of [-708, -707.9999999999999, -708.0000000000001, -708.39, -708.4, -709, -745, -745.2, 708.9999999999999, 709, 709.7, 709.78, 710]) {
      expect(ulpDistance(expTang(t), Math.exp(t))).toBeLessThanOrEqual(2);
    }
    for (const t of [Infinity, -Infinity, 0, -0, 5e-324, -5e-324]) expect(expTang(t)).toBe(Math.exp(t));
    expect(expTang(Number.NaN)).toBeNaN();
  });
});
