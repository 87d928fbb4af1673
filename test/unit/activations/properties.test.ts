// Identities that must hold for any input, checked on random doubles with fast-check.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sigmoid, sigmoidDerivative, tanh, tanhDerivative } from '../../../src/activations/index.ts';
import { exp } from '../../../src/activations/internal/exp.ts';
import { ulpDistance } from './ulp.ts';

const EPS = Number.EPSILON;
const body = fc.double({ min: -30, max: 30, noNaN: true });

describe('identities', () => {
  test('σ(−x) = 1 − σ(x)', () => {
    fc.assert(fc.property(body, (x) => {
      expect(Math.abs(sigmoid(-x) - (1 - sigmoid(x)))).toBeLessThanOrEqual(2 * EPS);
    }));
  });

  test('tanh(x) = 2σ(2x) − 1', () => {
    fc.assert(fc.property(body, (x) => {
      expect(Math.abs(tanh(x) - (2 * sigmoid(2 * x) - 1))).toBeLessThanOrEqual(4 * EPS);
    }));
  });

  test('σ\' and tanh\' are even and positive', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        expect(sigmoidDerivative(-x)).toBe(sigmoidDerivative(x));
        expect(tanhDerivative(-x)).toBe(tanhDerivative(x));
        expect(sigmoidDerivative(x)).toBeGreaterThan(0);
      }),
    );
  });
});

describe('derivatives against a central difference', () => {
  // (f(x + h) − f(x − h)) / 2h has truncation error f'''(x)h²/6 and rounding error ~ eps·|f|/h; with
  // h = 1e-5 both stay below 1e-9 relative to the scale of f' here, so 1e-8 is a fair bound. The
  // difference uses the high-precision-checked functions themselves (reference.test.ts pins those).
  const h = 1e-5;
  test.each([
    ['sigmoidDerivative', sigmoid, sigmoidDerivative],
    ['tanhDerivative', tanh, tanhDerivative],
  ] as const)('%s', (_, f, df) => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (x) => {
        const numeric = (f(x + h) - f(x - h)) / (2 * h);
        expect(Math.abs(numeric - df(x))).toBeLessThanOrEqual(1e-8 * Math.max(df(x), 1e-3));
      }),
    );
  });

  test('σ\' matches the difference of σ in the tail too, where σ(1 − σ) is 0', () => {
    // For x > 0, σ(−x) is tiny and exact, so differencing it keeps relative precision: σ'(x) = −dσ(−x)/dx.
    fc.assert(
      fc.property(fc.double({ min: 30, max: 600, noNaN: true }), (x) => {
        const numeric = (sigmoid(-x + h) - sigmoid(-x - h)) / (2 * h);
        expect(Math.abs(numeric / sigmoidDerivative(x) - 1)).toBeLessThanOrEqual(1e-8);
      }),
    );
  });
});

describe('internal exp(x)', () => {
  test('is within 1 ulp of Math.exp over the whole range', () => {
    fc.assert(
      fc.property(fc.double({ min: -800, max: 800, noNaN: true }), (x) => {
        expect(ulpDistance(exp(x), Math.exp(x))).toBeLessThanOrEqual(1);
      }),
      { numRuns: 20000 },
    );
  });

  test('handles the edges', () => {
    for (const x of [0, -0, 1e-300, 708, 709, 709.78, 710, -708, -745.1, -746, Infinity, -Infinity]) {
      expect(exp(x)).toBe(Math.exp(x));
    }
    expect(exp(Number.NaN)).toBeNaN();
  });
});
