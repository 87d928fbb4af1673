// format(value) against numpy's own output, captured by test/fixtures/format/generate.py.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sigmoid } from '../../../../src/activations/index.ts';
import { displayNumpy as format } from '../../../../src/example-runtime/display/numpy.ts';

type Encoded = number | string | Encoded[];
interface Case {
  name: string;
  input: Encoded;
  expected: string;
}

const fixture = JSON.parse(readFileSync(new URL('../../../fixtures/format/numpy-repr.json', import.meta.url), 'utf8')) as {
  cases: Case[];
};

/** JSON has no NaN or ±Infinity; the generator spells them as strings. */
function decode(x: Encoded): unknown {
  if (Array.isArray(x)) return x.map(decode);
  if (x === 'nan') return Number.NaN;
  if (x === 'inf') return Number.POSITIVE_INFINITY;
  if (x === '-inf') return Number.NEGATIVE_INFINITY;
  return x;
}

describe('format(value) prints as numpy does', () => {
  test.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    expect(format(decode(c.input))).toBe(c.expected);
  });
});

describe('format(value)', () => {
  test('prints the seed example', () => {
    expect(format(sigmoid([[0.1], [0.2], [0.3], [0.4], [0.5]]))).toMatchInlineSnapshot(`
      "array([[0.52497919],
             [0.549834  ],
             [0.57444252],
             [0.59868766],
             [0.62245933]])"
    `);
  });

  test('prints a Float64Array like a 1-d array, and a matrix of Float64Array rows like a 2-d one', () => {
    expect(format(Float64Array.from([1, 2.5]))).toBe('array([1. , 2.5])');
    expect(format([Float64Array.from([1, 2]), Float64Array.from([3, 4])])).toBe('array([[1., 2.],\n       [3., 4.]])');
  });

  test('prints strings and other values as console.log would', () => {
    expect(format('hello')).toBe('hello');
    expect(format(undefined)).toBe('undefined');
    expect(format(null)).toBe('null');
    expect(format(true)).toBe('true');
    expect(format(['a', 1])).toBe("[ 'a', 1.0 ]");
    expect(format([[1, 2], [3]])).toBe('[ [ 1.0, 2.0 ], [ 3.0 ] ]');
    expect(format({ loss: 0.5 })).toBe('{ loss: 0.5 }');
  });
});
