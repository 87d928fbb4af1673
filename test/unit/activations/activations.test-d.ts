// The overloads readers see in their editor: precise result types, and the calls that must not compile.
import { describe, expectTypeOf, test } from 'vitest';
import {
  leakyRelu,
  relu,
  sigmoid,
  sigmoidDerivative,
  softmax,
  softmaxJacobian,
  tanh,
  tanhDerivative,
} from '../../../src/activations/index.ts';

describe('elementwise functions keep the shape in the type', () => {
  test('number, arrays and Float64Array', () => {
    expectTypeOf(sigmoid(0.5)).toEqualTypeOf<number>();
    expectTypeOf(sigmoid([1, 2])).toEqualTypeOf<number[]>();
    expectTypeOf(sigmoid([[1], [2]])).toEqualTypeOf<number[][]>();
    expectTypeOf(sigmoid([[[1]]])).toEqualTypeOf<number[][][]>();
    expectTypeOf(sigmoid(new Float64Array(2))).toEqualTypeOf<Float64Array<ArrayBuffer>>();
    expectTypeOf(tanh([[1, 2]] as const)).toEqualTypeOf<number[][]>();
    expectTypeOf(tanhDerivative(1)).toEqualTypeOf<number>();
    expectTypeOf(sigmoidDerivative([1] as readonly number[])).toEqualTypeOf<number[]>();
    expectTypeOf(relu([[1]])).toEqualTypeOf<number[][]>();
    expectTypeOf(leakyRelu(-1, 0.2)).toEqualTypeOf<number>();
  });

  test('a union in gives a union out', () => {
    const x = Math.random() > 0.5 ? 1 : [1];
    expectTypeOf(sigmoid(x)).toEqualTypeOf<number | number[]>();
  });

  test('rejects what is not numeric', () => {
    // @ts-expect-error a string is not a number
    sigmoid('1');
    // @ts-expect-error undefined
    tanh(undefined);
    // @ts-expect-error null
    relu(null);
    // @ts-expect-error strings inside an array
    sigmoid([['a']]);
    // @ts-expect-error Float32Array is not accepted; convert with Float64Array.from
    sigmoid(new Float32Array(2));
    // @ts-expect-error alpha must be a number
    leakyRelu(1, '0.1');
  });
});

describe('softmax', () => {
  test('vector, matrix and Float64Array', () => {
    expectTypeOf(softmax([1, 2])).toEqualTypeOf<number[]>();
    expectTypeOf(softmax([[1, 2]])).toEqualTypeOf<number[][]>();
    expectTypeOf(softmax(new Float64Array(2))).toEqualTypeOf<Float64Array<ArrayBuffer>>();
    expectTypeOf(softmaxJacobian([1, 2])).toEqualTypeOf<number[][]>();
    expectTypeOf(softmaxJacobian([[1], [2]])).toEqualTypeOf<number[][]>();
  });

  test('rejects scalars and deeper arrays', () => {
    // @ts-expect-error softmax of one number is not a distribution
    softmax(1);
    // @ts-expect-error a 3-d array
    softmax([[[1]]]);
    // @ts-expect-error the Jacobian needs a vector or an (n, 1) column, not a row of two
    softmaxJacobian([[1, 2]]);
  });
});
