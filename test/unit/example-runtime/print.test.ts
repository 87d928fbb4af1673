// console.log in an example prints exactly what Node's console.log prints, in Node and in the page alike.
import { format as nodeFormat } from 'node:util';
import { describe, expect, test } from 'vitest';
import { DISPLAYS, printArguments, printError } from '../../../src/example-runtime/print.ts';

const CALLS: unknown[][] = [
  ['relu:', 1],
  [1 + 1],
  [0.1 + 0.2, -0, NaN, -Infinity, 2.0611536879193953e-9],
  [[0.5, 0.73105858], [[1, 2], [3, 4]]],
  [new Float64Array([1, 2.5])],
  [{ a: 1, b: [1, 2] }, null, undefined, true],
  ['%d items, %s', 3, 'done'],
  ['%o', { deep: { deeper: { deepest: 1 } } }],
  [Array.from({ length: 120 }, (_, i) => i)],
  [new Map([[1, 'one']]), new Set([1])],
  [10n, Symbol('s')],
  [Object.create(null)],
];

describe('printArguments(args)', () => {
  test.each(CALLS.map((args) => [nodeFormat(...args), args] as const))('prints %j as Node does', (expected, args) => {
    expect(printArguments(args)).toBe(expected);
  });
});

describe('DISPLAYS', () => {
  test('inspect shows values as Node\'s REPL does, numpy as numpy prints arrays', () => {
    expect(DISPLAYS.inspect([1, 2])).toBe('[ 1, 2 ]');
    expect(DISPLAYS.inspect('text')).toBe("'text'");
    expect(DISPLAYS.numpy([1, 2.5])).toBe('array([1. , 2.5])');
    expect(DISPLAYS.numpy('text')).toBe('"text"');
  });
});

describe('printError(error)', () => {
  test('an Error prints as Node prints an uncaught one', () => {
    expect(printError(new RangeError('too far'))).toBe('RangeError: too far');
  });

  test('any other thrown value is inspected, and nothing thrown can break the printer', () => {
    expect(printError('oops')).toBe("Uncaught 'oops'");
    expect(printError(Object.create(null))).toBe('Uncaught [Object: null prototype] {}');
    const hostile = new Proxy({}, { get: () => { throw new Error('no'); }, getPrototypeOf: () => { throw new Error('no'); } });
    expect(printError(hostile)).toMatch(/^Uncaught /);
  });
});
