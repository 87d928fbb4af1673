import { describe, expect, test } from 'vitest';
import { sigmoid, sigmoidDerivative, tanhDerivative } from '../../../../src/activations/index.ts';
import { formatReadoutNumber, getReadout, readoutText } from '../../../../src/islands/explorer/readout.ts';

describe('formatReadoutNumber(value)', () => {
  test('prints as an array element of an example output: 8 decimals at most', () => {
    expect(formatReadoutNumber(sigmoid(1))).toBe('0.73105858');
    expect(formatReadoutNumber(sigmoidDerivative(1))).toBe('0.19661193');
    expect(formatReadoutNumber(0.25)).toBe('0.25');
    expect(formatReadoutNumber(-1.23)).toBe('-1.23');
  });

  test('drops numpy\'s trailing point from integers', () => {
    expect(formatReadoutNumber(1)).toBe('1');
    expect(formatReadoutNumber(0)).toBe('0');
    expect(formatReadoutNumber(-6)).toBe('-6');
  });

  test('switches to e-notation for tiny values, as numpy does', () => {
    expect(formatReadoutNumber(tanhDerivative(6))).toBe('2.45765474e-05');
  });
});

describe('readoutText(getReadout(x, fx, dfx))', () => {
  test('reads as one sentence', () => {
    expect(readoutText(getReadout(1, sigmoid(1), sigmoidDerivative(1)))).toMatchInlineSnapshot(`"x = 1, f(x) = 0.73105858, f′(x) = 0.19661193"`);
    expect(readoutText(getReadout(-0.5, 0, 0.1))).toMatchInlineSnapshot(`"x = -0.5, f(x) = 0, f′(x) = 0.1"`);
  });
});
