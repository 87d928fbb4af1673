// Dense sweeps against values computed at 60 digits by test/fixtures/activations/generate.py.
// Tolerance: 4 ulp from the correctly rounded double. For a subnormal result an ulp is 2^-1074, so the
// same bound is an absolute one there, which is all a subnormal can be held to (relative error is not).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sigmoid, sigmoidDerivative, softmax, tanh, tanhDerivative } from '../../../src/activations/index.ts';
import { ulpDistance } from './ulp.ts';

const TOLERANCE_ULP = 4;

function load(name: string): Record<string, number[]> {
  return JSON.parse(readFileSync(new URL(`../../fixtures/activations/${name}`, import.meta.url), 'utf8')) as Record<string, number[]>;
}

const cases = [
  ['sigmoid.json', 'sigmoid', sigmoid],
  ['sigmoid.json', 'sigmoidDerivative', sigmoidDerivative],
  ['tanh.json', 'tanh', tanh],
  ['tanh.json', 'tanhDerivative', tanhDerivative],
] as const;

describe.each(cases)('%s: %s(x)', (file, name, f) => {
  const data = load(file);
  const xs = data['x'] ?? [];
  const expected = data[name] ?? [];

  test(`is within ${TOLERANCE_ULP} ulp at ${xs.length} points`, () => {
    expect(xs.length).toBeGreaterThan(2500);
    const failures: string[] = [];
    let worst = 0;
    const values = f(xs);
    xs.forEach((x, i) => {
      const value = values[i] ?? Number.NaN;
      const want = expected[i] ?? Number.NaN;
      const ulps = ulpDistance(value, want);
      worst = Math.max(worst, ulps);
      if (ulps > TOLERANCE_ULP) {
        failures.push(`x=${x}: value=${value}, expected=${want}, off by ${ulps} ulp, tolerance ${TOLERANCE_ULP} ulp`);
      }
    });
    expect(failures).toEqual([]);
    // The measured worst case, printed so a regression in accuracy shows in the log before it fails.
    console.info(`${name}: worst ${worst} ulp over ${xs.length} points`);
  });

  test('gives the same on a Float64Array and a scalar', () => {
    const fromArray = f(Float64Array.from(xs.slice(0, 200)));
    xs.slice(0, 200).forEach((x, i) => expect(Object.is(fromArray[i], f(x))).toBe(true));
  });
});

describe('softmax(x) reference rows', () => {
  const data = load('softmax.json') as unknown as { x: number[][]; softmax: number[][] };
  test(`is within ${TOLERANCE_ULP} ulp on ${data.x.length} rows`, () => {
    const failures: string[] = [];
    data.x.forEach((row, r) => {
      const got = softmax(row);
      got.forEach((value, i) => {
        const want = data.softmax[r]?.[i] ?? Number.NaN;
        const ulps = ulpDistance(value, want);
        if (ulps > TOLERANCE_ULP) failures.push(`row ${r} x=${JSON.stringify(row)}: [${i}] value=${value}, expected=${want}, off by ${ulps} ulp`);
      });
    });
    expect(failures).toEqual([]);
  });
});
