// Exact results at the points where a naive formula goes wrong: ±0, ±∞, NaN and the saturated tails.
import { describe, expect, test } from 'vitest';
import {
  leakyRelu,
  leakyReluDerivative,
  relu,
  reluDerivative,
  sigmoid,
  sigmoidDerivative,
  tanh,
  tanhDerivative,
} from '../../../src/activations/index.ts';
import { ulpDistance } from './ulp.ts';

const { NaN, POSITIVE_INFINITY: inf, NEGATIVE_INFINITY: ninf } = Number;

describe('sigmoid(x) and sigmoidDerivative(x)', () => {
  test.each([
    [0, 0.5, 0.25],
    [-0, 0.5, 0.25],
    [inf, 1, 0],
    [ninf, 0, 0],
    [NaN, NaN, NaN],
    [40, 1, 4.248354255291589e-18],
    [-745, 5e-324, 5e-324],
    [-746, 0, 0],
    [1e308, 1, 0],
  ])('at %s: σ = %s, σ\' = %s', (x, s, ds) => {
    expect(sigmoid(x)).toBe(s);
    expect(sigmoidDerivative(x)).toBe(ds);
  });

  test('σ(−40) = 1/(1 + e^40) keeps full relative precision', () => {
    // 4.248354255291589e-18 is the correctly rounded value (mpmath); the quotient may be 1 ulp off it.
    expect(ulpDistance(sigmoid(-40), 4.248354255291589e-18)).toBeLessThanOrEqual(1);
    expect(sigmoidDerivative(-40)).toBe(4.248354255291589e-18);
  });

  test('σ\'(40) is not 0, unlike σ(1 − σ)', () => {
    const s = sigmoid(40);
    expect(s * (1 - s)).toBe(0);
    expect(sigmoidDerivative(40)).toBeGreaterThan(4.2e-18);
  });
});

describe('tanh(x) and tanhDerivative(x)', () => {
  test.each([
    [0, 0, 1],
    [inf, 1, 0],
    [ninf, -1, 0],
    [NaN, NaN, NaN],
    [20, 1, 1.6993417021166355e-17],
    [-20, -1, 1.6993417021166355e-17],
    [1e308, 1, 0],
  ])('at %s: tanh = %s, tanh\' = %s', (x, t, dt) => {
    expect(tanh(x)).toBe(t);
    expect(tanhDerivative(x)).toBe(dt);
  });

  test('keeps the sign of zero: tanh(−0) = −0', () => {
    expect(Object.is(tanh(-0), -0)).toBe(true);
    expect(tanhDerivative(-0)).toBe(1);
  });

  test('tanh\'(20) is not 0, unlike 1 − tanh²', () => {
    expect(1 - tanh(20) ** 2).toBe(0);
    expect(tanhDerivative(20)).toBeGreaterThan(1.69e-17);
  });

  test('tanh\' keeps its precision where e^−2|x| would be subnormal (354 < |x| < 372)', () => {
    expect(tanhDerivative(360)).toBe(8.12892320967e-313); // 4·e^−720, from mpmath
    expect(tanhDerivative(746)).toBe(0);
  });
});

describe('relu(x) and reluDerivative(x)', () => {
  test.each([
    [-2, 0, 0],
    [0, 0, 0],
    [-0, 0, 0],
    [3, 3, 1],
    [inf, inf, 1],
    [ninf, 0, 0],
    [NaN, NaN, NaN],
  ])('at %s: relu = %s, relu\' = %s', (x, r, dr) => {
    expect(relu(x)).toBe(r);
    expect(reluDerivative(x)).toBe(dr);
  });

  test('maps −0 to +0', () => expect(Object.is(relu(-0), 0)).toBe(true));
});

describe('leakyRelu(x, alpha) and leakyReluDerivative(x, alpha)', () => {
  test.each([
    [-2, 0.01, -0.02, 0.01],
    [0, 0.01, 0, 0.01],
    [3, 0.01, 3, 1],
    [ninf, 0.01, ninf, 0.01],
    [ninf, 0, 0, 0],
    [inf, 0.5, inf, 1],
    [NaN, 0.01, NaN, NaN],
  ])('at %s with α = %s: %s and %s', (x, alpha, y, dy) => {
    expect(leakyRelu(x, alpha)).toBe(y);
    expect(leakyReluDerivative(x, alpha)).toBe(dy);
  });

  test('defaults α to 0.01', () => {
    expect(leakyRelu(-1)).toBe(-0.01);
    expect(leakyReluDerivative([-1, 1])).toEqual([0.01, 1]);
  });
});
