// Shapes in, same shapes out; bad input is rejected with a message that names the function and position.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  leakyRelu,
  leakyReluDerivative,
  relu,
  reluDerivative,
  sigmoid,
  sigmoidDerivative,
  softmax,
  softmaxJacobian,
  tanh,
  tanhDerivative,
} from '../../../src/activations/index.ts';
import type { NestedNumbers } from '../../../src/activations/index.ts';

const elementwise = { sigmoid, sigmoidDerivative, tanh, tanhDerivative, relu, reluDerivative, leakyRelu, leakyReluDerivative };

function shapeOf(x: NestedNumbers): number[] {
  return Array.isArray(x) ? [x.length, ...(x.length > 0 ? shapeOf(x[0] as NestedNumbers) : [])] : [];
}

/** A random nested array of a random shape with up to 4 axes. */
const nested = fc
  .array(fc.integer({ min: 0, max: 4 }), { minLength: 0, maxLength: 4 })
  .chain((shape) => {
    const build = (axis: number): fc.Arbitrary<NestedNumbers> =>
      axis === shape.length
        ? fc.double({ noNaN: false })
        : fc.array(build(axis + 1), { minLength: shape[axis]!, maxLength: shape[axis]! });
    return build(0);
  });

describe.each(Object.entries(elementwise))('%s(x)', (name, f) => {
  const apply = f as (x: unknown) => unknown;

  test('preserves the shape of any nested array and does not mutate it', () => {
    fc.assert(
      fc.property(nested, (x) => {
        const before = JSON.stringify(x);
        const y = apply(x) as NestedNumbers;
        expect(shapeOf(y)).toEqual(shapeOf(x));
        expect(JSON.stringify(x)).toBe(before);
        if (Array.isArray(x)) expect(y).not.toBe(x);
      }),
    );
  });

  test('returns a number for a number and a new Float64Array for a Float64Array', () => {
    expect(typeof apply(0.5)).toBe('number');
    const input = Float64Array.from([-1, 0, 1]);
    const output = apply(input);
    expect(output).toBeInstanceOf(Float64Array);
    expect(output).not.toBe(input);
    expect(Array.from(input)).toEqual([-1, 0, 1]);
  });

  test('handles the shapes (n, 1), (n,), (1, n) and (m, n) alike', () => {
    const scalar = apply(0.3) as number;
    expect(apply([[0.3], [0.3]])).toEqual([[scalar], [scalar]]);
    expect(apply([0.3, 0.3])).toEqual([scalar, scalar]);
    expect(apply([[0.3, 0.3]])).toEqual([[scalar, scalar]]);
    expect(apply([[0.3, 0.3], [0.3, 0.3]])).toEqual([[scalar, scalar], [scalar, scalar]]);
  });

  test('rejects bad input with the function name and position', () => {
    expect(() => apply('a')).toThrow(new TypeError(`${name}: x is "a", expected a number, an array of numbers or a Float64Array`));
    expect(() => apply(undefined)).toThrow(TypeError);
    expect(() => apply(null)).toThrow(`${name}: x is null`);
    expect(() => apply([[1], [2], ['a']])).toThrow(new TypeError(`${name}: x[2][0] is "a", expected a number`));
    expect(() => apply([[1, 2], [3]])).toThrow(RangeError);
  });
});

describe('error messages', () => {
  test('are pinned', () => {
    expect(() => sigmoid([[0.1], [0.2], ['a' as unknown as number]])).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: sigmoid: x[2][0] is "a", expected a number]`,
    );
    expect(() => tanh([[1, 2], [3]])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: tanh: x[1] has length 1, expected 2 like x[0] (nested arrays must not be ragged)]`,
    );
    expect(() => relu([[1], 2] as unknown as number[][])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: relu: x[1] is 2, expected an array of length 1 like x[0] (nested arrays must not be ragged)]`,
    );
    expect(() => sigmoid([1, [2]] as unknown as number[])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: sigmoid: x[1] is an array, expected a number (nested arrays must not be ragged)]`,
    );
    expect(() => sigmoid(undefined as unknown as number)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: sigmoid: x is undefined, expected a number, an array of numbers or a Float64Array]`,
    );
    expect(() => leakyRelu(1, -0.1)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: leakyRelu: alpha is -0.1, expected a finite number ≥ 0]`,
    );
    expect(() => leakyReluDerivative(1, Number.POSITIVE_INFINITY)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: leakyReluDerivative: alpha is Infinity, expected a finite number ≥ 0]`,
    );
    expect(() => leakyRelu(1, Number.NaN)).toThrow(RangeError);
    expect(() => leakyRelu(1, '0.1' as unknown as number)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: leakyRelu: alpha is "0.1", expected a number]`,
    );
    expect(() => softmax([])).toThrowErrorMatchingInlineSnapshot(`[RangeError: softmax: x is empty, expected at least one entry]`);
    expect(() => softmax([[1], []])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: softmax: x[1] has length 0, expected 1 like x[0] (nested arrays must not be ragged)]`,
    );
    expect(() => softmax([[]])).toThrowErrorMatchingInlineSnapshot(`[RangeError: softmax: x[0] is empty, expected at least one entry]`);
    expect(() => softmax(new Float64Array(0))).toThrow(RangeError);
    expect(() => softmax([1, 'b'] as unknown as number[])).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: softmax: x[1] is "b", expected a number]`,
    );
    expect(() => softmax(3 as unknown as number[])).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: softmax: x is 3, expected an array of numbers, an array of rows or a Float64Array]`,
    );
    expect(() => softmaxJacobian([[1, 2]] as unknown as number[])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: softmaxJacobian: x has shape (1, 2), expected a vector or an (n, 1) column]`,
    );
    expect(() => softmaxJacobian([[1], [null]] as unknown as number[])).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: softmaxJacobian: x[1][0] is null, expected a number]`,
    );
  });
});
