/**
 * Shapes shared by every elementwise function: the input and output types, and `mapElementwise`, which
 * walks a number, a nested array or a `Float64Array`, checks it on the way, and builds a new value of the
 * same shape. Nothing here knows any mathematics; each family (`sigmoid.ts`, …) passes its scalar kernel in.
 */

/** A number, or nested arrays of numbers of any depth: `1`, `[1, 2]`, `[[1], [2]]`, … */
export type NestedNumbers = number | readonly NestedNumbers[];

/** Anything an elementwise function accepts. */
export type Numeric = NestedNumbers | Float64Array;

/**
 * What an elementwise function returns for an input of type `T`: the same shape, freshly allocated and
 * mutable (`readonly number[][]` in, `number[][]` out; literal types widen to `number`).
 */
export type Elementwise<T> = T extends number
  ? number
  : T extends Float64Array
    ? Float64Array<ArrayBuffer>
    : T extends readonly (infer E)[]
      ? Elementwise<E>[]
      : never;

/** A function of one number, applied to each element. */
export type Kernel = (x: number) => number;

/**
 * Applies `kernel` to every element of `x` and returns a value of the same shape and kind; `x` is not
 * modified. Throws a `TypeError`/`RangeError` naming `fn` and the position of the first bad element.
 */
export function mapElementwise(x: unknown, fn: string, kernel: Kernel): Numeric {
  if (typeof x === 'number') return kernel(x);
  if (x instanceof Float64Array) return mapFloat64Array(x, kernel);
  if (Array.isArray(x)) return mapNested(x, getShape(x), 0, 'x', fn, kernel);
  throw new TypeError(`${fn}: x is ${describe(x)}, expected a number, an array of numbers or a Float64Array`);
}

/**
 * The hot path for `Float64Array`. The families repeat this loop with their own kernel inlined (see
 * `sigmoid.ts`) because a loop shared by all of them sees many kernels and stops inlining any.
 */
export function mapFloat64Array(x: Float64Array, kernel: Kernel): Float64Array<ArrayBuffer> {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = kernel(x[i]!);
  return out;
}

/**
 * The shape of a nested array, read along its first elements: `[[1, 2], [3, 4], [5, 6]]` → `[3, 2]`.
 * Whether the rest agrees is checked while mapping, where the position of a disagreement is known.
 */
export function getShape(x: readonly unknown[]): number[] {
  const shape: number[] = [];
  let level: unknown = x;
  while (Array.isArray(level)) {
    shape.push(level.length);
    level = level[0];
  }
  return shape;
}

function mapNested(
  x: readonly unknown[],
  shape: readonly number[],
  depth: number,
  path: string,
  fn: string,
  kernel: Kernel,
): Numeric {
  const length = x.length;
  const out: Numeric[] = [];
  if (depth === shape.length - 1) {
    // The innermost level: numbers. A loop with no recursion, since this is where the time goes.
    for (let i = 0; i < length; i++) {
      const v: unknown = x[i];
      if (typeof v !== 'number') throw elementError(fn, `${path}[${i}]`, v);
      out.push(kernel(v));
    }
    return out as number[];
  }
  for (let i = 0; i < length; i++) {
    const row: unknown = x[i];
    out.push(mapNested(checkRow(row, shape, depth + 1, `${path}[${i}]`, fn), shape, depth + 1, `${path}[${i}]`, fn, kernel));
  }
  return out as NestedNumbers[];
}

/** Checks that `row`, found at `path` and `depth`, is an array of the length `shape` says. */
export function checkRow(row: unknown, shape: readonly number[], depth: number, path: string, fn: string): readonly unknown[] {
  const expected = shape[depth] ?? 0;
  const like = path.replace(/\[\d+\]$/, '[0]');
  if (!Array.isArray(row)) {
    if (typeof row === 'number') {
      throw new RangeError(
        `${fn}: ${path} is ${row}, expected an array of length ${expected} like ${like} (nested arrays must not be ragged)`,
      );
    }
    throw elementError(fn, path, row);
  }
  if (row.length !== expected) {
    throw new RangeError(
      `${fn}: ${path} has length ${row.length}, expected ${expected} like ${like} (nested arrays must not be ragged)`,
    );
  }
  return row;
}

/** The error for a non-number where a number belongs, e.g. `sigmoid: x[2][0] is "a", expected a number`. */
export function elementError(fn: string, path: string, v: unknown): TypeError | RangeError {
  if (Array.isArray(v)) {
    return new RangeError(`${fn}: ${path} is an array, expected a number (nested arrays must not be ragged)`);
  }
  return new TypeError(`${fn}: ${path} is ${describe(v)}, expected a number`);
}

/** A short, unambiguous rendering of an offending value for an error message. */
export function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n (a bigint)`;
  if (typeof v === 'function') return 'a function';
  if (v === null || typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return 'an array';
  const name = Object.getPrototypeOf(v)?.constructor?.name;
  return typeof name === 'string' && name !== 'Object' ? `a ${name}` : 'an object';
}
