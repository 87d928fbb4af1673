// The branches of tanhOf (src/activations/tanh.ts): the expm1 path for 0 < |x| < 20 with its branch-free
// sign, and Math.tanh for ±0, |x| ≥ 20, ±∞ and NaN.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { tanh } from '../../../src/activations/index.ts';
import { ulpDistance } from './ulp.ts';

describe('tanh(x)', () => {
  test('is odd, bit for bit, on the expm1 path (the sign is a product, not a branch)', () => {
    fc.assert(
      fc.property(fc.double({ min: -25, max: 25, noNaN: true }), (x) => {
        expect(Object.is(tanh(-x), -tanh(x))).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  test('agrees with Math.tanh (≤ 2 ulp itself) to 3 ulp from subnormal x up to the cut at 20', () => {
    fc.assert(
      fc.property(fc.double({ min: 5e-324, max: 20, noNaN: true }), fc.boolean(), (m, negative) => {
        const x = negative ? -m : m;
        expect(ulpDistance(tanh(x), Math.tanh(x))).toBeLessThanOrEqual(3);
      }),
      { numRuns: 20000 },
    );
  });

  test('is exact on both sides of the cut at |x| = 20 and at the smallest inputs', () => {
    const below20 = 19.999999999999996; // the double just below 20
    expect(tanh(below20)).toBe(1); // rounds to 1 from 19.06 on
    expect(tanh(-below20)).toBe(-1);
    expect(tanh(20)).toBe(1);
    expect(tanh(19.1)).toBe(1);
    expect(tanh(5e-324)).toBe(5e-324);
    expect(tanh(-5e-324)).toBe(-5e-324);
    expect(tanh(1e-300)).toBe(1e-300);
    expect(Object.is(tanh(new Float64Array([-0]))[0], -0)).toBe(true);
  });
});
