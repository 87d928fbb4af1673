/**
 * `displayNumpy(value)`: the numpy-style display printer (course option `display: 'numpy'`), which shows
 * the value of an example's top-level expression as a numpy notebook would. Arrays print exactly as numpy 2 prints a float64 array with its default options
 * (`repr(np.array(...))`); test/fixtures/format/ holds numpy's own output for the cases we check.
 *
 * The rules, as numpy applies them (numpy/_core/arrayprint.py, `FloatingFormat` and `_formatArray`):
 *
 * - **Digits.** Each number gets the fewest digits that read back as the same double, but at most 8 after
 *   the point (`precision=8, floatmode='maxprec'`); a longer one is rounded there (exact value, ties to
 *   even) and its trailing zeros dropped. Integers keep the point: `1.`.
 * - **Notation.** Scientific if the largest nonzero |x| ≥ 1e8, the smallest < 1e-4, or their ratio > 1000;
 *   then every element shows as many fraction digits as the longest needs (`1.5e-05, 1.0e+00`), and the
 *   exponent has at least two digits. Otherwise positional.
 * - **Alignment.** All elements share one width: the integer parts are right-aligned, the fraction padded
 *   with spaces (`0.549834  `). `nan`, `inf` and `-inf` are right-aligned in the same width.
 * - **Layout.** `array([...])`, elements separated by `, `, rows of a matrix on their own lines, indented
 *   under the first `[`; a blank line between the blocks of a 3-d array. Lines wrap before 75 characters.
 *   More than 1000 elements print the first and last 3 along each axis with `...` between, and then the
 *   shape: `, shape=(1001,))`. Empty arrays
 *   print `array([], dtype=float64)` (`array([], shape=(1, 0), dtype=float64)` for an empty row).
 *
 * A plain number prints as `print(x)` prints a Python float or numpy float64: the shortest round-trip digits,
 * `1.0` for integers, scientific below 1e-4 or from 1e16 (`1e-05`, `1e+16`), `nan`, `inf`. Strings print
 * as they are, like `console.log`; other values get a short `console.log`-like rendering (JSON-like, so
 * that it reads the same in a browser worker and in Node).
 */

/** How many fraction digits numpy shows at most (`np.get_printoptions()['precision']`). */
const PRECISION = 8;
/** numpy's `linewidth`, less the closing `)` of `array(...)`. */
const LINE_WIDTH = 75 - 1;
/** numpy summarises arrays with more elements than this (`threshold`), showing `EDGE_ITEMS` per end. */
const THRESHOLD = 1000;
const EDGE_ITEMS = 3;
const PREFIX = 'array(';
const SEPARATOR = ', ';

/**
 * Prints a value the way numpy prints arrays: numbers, vectors and matrices (nested arrays or
 * `Float64Array`) with 8 significant digits at most, aligned columns, as `array([...])`.
 *
 * @example
 * displayNumpy([[0.52497919], [0.549834]]); // returns 'array([[0.52497919],\n       [0.549834  ]])'
 * displayNumpy(0.6224593312018546); // returns '0.6224593312018546'
 * displayNumpy([1, 2.5]); // returns 'array([1. , 2.5])'
 */
export function displayNumpy(value: unknown): string {
  if (typeof value === 'number') return formatScalar(value);
  if (typeof value === 'string') return value;
  const array = toArray(value);
  if (array !== undefined) return formatArray(array.data, array.shape);
  return inspect(value, 0);
}

// ---------------------------------------------------------------------------------------------------------
// Digits

/** The shortest digits that read back as |x| (finite), and the decimal exponent: |x| = D.DDD × 10^exponent. */
function shortest(x: number): { digits: string; exponent: number } {
  const [mantissa = '0', exponent = '0'] = Math.abs(x).toExponential().split('e');
  return { digits: mantissa.replace('.', ''), exponent: Number(exponent) };
}

const bits = new DataView(new ArrayBuffer(8));

/** round(|x| · 10^k) with the exact value of x, ties to even, as numpy's Dragon4 rounds. */
function roundScaled(x: number, k: number): bigint {
  bits.setFloat64(0, Math.abs(x));
  const word = bits.getBigUint64(0);
  const biased = Number(word >> 52n);
  const fraction = word & 0xfffffffffffffn;
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const binary = (biased === 0 ? 1 : biased) - 1075;
  let num = mantissa * (k >= 0 ? 10n ** BigInt(k) : 1n);
  let den = k < 0 ? 10n ** BigInt(-k) : 1n;
  if (binary >= 0) num <<= BigInt(binary);
  else den <<= BigInt(-binary);
  const q = num / den;
  const twice = 2n * (num - q * den);
  return twice > den || (twice === den && q % 2n === 1n) ? q + 1n : q;
}

/** Positional digits with at most PRECISION after the point, trailing zeros dropped: `-0.549834`, `1.`. */
function positional(x: number): { int: string; frac: string } {
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const { digits, exponent } = shortest(x);
  let all: string; // the digits of round(|x| · 10^places)
  let places: number;
  if (digits.length - 1 - exponent <= PRECISION) {
    places = Math.max(0, digits.length - 1 - exponent);
    all = exponent >= 0 ? digits.padEnd(exponent + 1, '0') : digits;
  } else {
    places = PRECISION;
    all = roundScaled(x, PRECISION).toString();
  }
  all = all.padStart(places + 1, '0');
  const int = all.slice(0, all.length - places);
  const frac = all.slice(all.length - places).replace(/0+$/, '');
  return { int: sign + int, frac };
}

/** Scientific digits, at most PRECISION after the point, trailing zeros dropped: `-1.5`, `e-05` → parts. */
function scientific(x: number): { int: string; frac: string; exponent: number } {
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  let { digits, exponent } = shortest(x);
  if (digits.length - 1 > PRECISION) {
    let q = roundScaled(x, PRECISION - exponent).toString();
    if (q.length > PRECISION + 1) {
      exponent += 1; // rounding carried into a new digit: 9.999999999 → 10.00000000
      q = q.slice(0, PRECISION + 1);
    }
    digits = q.replace(/0+$/, '') || '0';
  }
  return { int: sign + digits.slice(0, 1), frac: digits.slice(1), exponent };
}

/** print() of a Python float / numpy float64: shortest digits, positional for 1e-4 ≤ |x| < 1e16. */
function formatScalar(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const { digits, exponent } = shortest(x);
  if (exponent < -4 || exponent >= 16) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mantissa}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  if (digits.length <= exponent + 1) return `${sign}${digits.padEnd(exponent + 1, '0')}.0`;
  return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
}

// ---------------------------------------------------------------------------------------------------------
// One element format for a whole array (numpy's FloatingFormat)

type ElementFormat = (x: number) => string;

function createElementFormat(values: readonly number[]): ElementFormat {
  const finite = values.filter((v) => Number.isFinite(v));
  const magnitudes = finite.filter((v) => v !== 0).map(Math.abs);
  let useScientific = false;
  if (magnitudes.length > 0) {
    const max = Math.max(...magnitudes);
    const min = Math.min(...magnitudes);
    useScientific = max >= 1e8 || min < 1e-4 || max / min > 1000;
  }
  let padLeft = 0;
  let padRight = 0;
  let body: ElementFormat = () => '';
  if (finite.length > 0 && useScientific) {
    const parts = finite.map(scientific);
    const fracDigits = Math.max(...parts.map((p) => p.frac.length));
    const expDigits = Math.max(...parts.map((p) => Math.max(2, String(Math.abs(p.exponent)).length)));
    padLeft = Math.max(...parts.map((p) => p.int.length));
    padRight = expDigits + 2 + fracDigits;
    body = (x) => {
      const p = scientific(x);
      const exp = `e${p.exponent < 0 ? '-' : '+'}${String(Math.abs(p.exponent)).padStart(expDigits, '0')}`;
      return `${p.int.padStart(padLeft)}.${p.frac.padEnd(fracDigits, '0')}${exp}`;
    };
  } else if (finite.length > 0) {
    const parts = finite.map(positional);
    padLeft = Math.max(...parts.map((p) => p.int.length));
    padRight = Math.max(...parts.map((p) => p.frac.length));
    body = (x) => {
      const p = positional(x);
      return `${p.int.padStart(padLeft)}.${p.frac.padEnd(padRight)}`;
    };
  }
  if (finite.length !== values.length) {
    const negativeInfinity = values.includes(Number.NEGATIVE_INFINITY) ? 1 : 0;
    padLeft = Math.max(padLeft, 3 - (padRight + 1), 3 + negativeInfinity - (padRight + 1));
  }
  const width = padLeft + padRight + 1;
  return (x) => {
    if (Number.isNaN(x)) return 'nan'.padStart(width);
    if (!Number.isFinite(x)) return (x < 0 ? '-inf' : 'inf').padStart(width);
    return body(x);
  };
}

// ---------------------------------------------------------------------------------------------------------
// Layout (numpy's _formatArray)

function formatArray(data: readonly number[], shape: readonly number[]): string {
  if (data.length === 0) {
    return shape.length === 1 ? 'array([], dtype=float64)' : `array([], shape=(${shape.join(', ')}), dtype=float64)`;
  }
  const summarise = data.length > THRESHOLD;
  const strides = shape.map((_, axis) => shape.slice(axis + 1).reduce((a, b) => a * b, 1));
  const shown = (length: number): number[] => {
    if (!summarise || length <= 2 * EDGE_ITEMS) return Array.from({ length }, (_, i) => i);
    return [0, 1, 2, length - 3, length - 2, length - 1];
  };
  const gather = (offset: number, axis: number): number[] =>
    axis === shape.length
      ? [data[offset] ?? Number.NaN]
      : shown(shape[axis] ?? 0).flatMap((i) => gather(offset + i * (strides[axis] ?? 0), axis + 1));
  const element = createElementFormat(gather(0, 0));

  const recurse = (offset: number, axis: number, indent: string, width: number): string => {
    if (axis === shape.length) return element(data[offset] ?? Number.NaN);
    const length = shape[axis] ?? 0;
    const stride = strides[axis] ?? 0;
    const summary = summarise && 2 * EDGE_ITEMS < length;
    const indices = summary ? [0, 1, 2, -1, length - 3, length - 2, length - 1] : shown(length);
    const child = (i: number): string => recurse(offset + i * stride, axis + 1, `${indent} `, width - 1);
    let s = '';
    if (axis === shape.length - 1) {
      const elementWidth = width - 1; // room for the `,` or `]` that follows
      let line = indent;
      indices.forEach((i, n) => {
        const word = i === -1 ? '...' : child(i);
        if (line.length + word.length > elementWidth && line.length > indent.length) {
          s += `${line.trimEnd()}\n`;
          line = indent;
        }
        line += word + (n < indices.length - 1 ? SEPARATOR : '');
      });
      s += line;
    } else {
      const lineSeparator = `,${'\n'.repeat(shape.length - axis - 1)}`;
      s = indices.map((i) => indent + (i === -1 ? '...' : child(i))).join(lineSeparator);
    }
    return `[${s.slice(indent.length)}]`;
  };
  const body = `${PREFIX}${recurse(0, 0, ' '.repeat(PREFIX.length + 1), LINE_WIDTH)}`;
  if (!summarise) return `${body})`;
  // numpy 2.2+ names the shape of a summarised array, on a new line if it would pass the line width.
  const extra = `shape=(${shape.join(', ')}${shape.length === 1 ? ',' : ''}))`;
  const lastLine = body.length + 1 - (body.lastIndexOf('\n') + 1);
  const spacer = lastLine + extra.length + 1 > LINE_WIDTH + 1 ? `\n${' '.repeat(PREFIX.length)}` : ' ';
  return `${body},${spacer}${extra}`;
}

/** `%TypedArray%.prototype[Symbol.toStringTag]`: a typed array's kind, whatever realm made it; undefined for anything else. */
const typedArrayKind = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Float64Array.prototype) as object, Symbol.toStringTag)!.get!;

/**
 * A Float64Array of any realm: the build prints an example's values from outside the `vm` context that
 * made them (realm.ts), where `instanceof Float64Array` would be false.
 */
function isFloat64Array(value: unknown): value is Float64Array {
  return typedArrayKind.call(value) === 'Float64Array';
}

/** The data and shape of a rectangular nested array of numbers (rows may be Float64Arrays), else undefined. */
function toArray(value: unknown): { data: number[]; shape: number[] } | undefined {
  if (!(Array.isArray(value) || isFloat64Array(value))) return undefined;
  const shape: number[] = [];
  let level: unknown = value;
  while (Array.isArray(level) || isFloat64Array(level)) {
    shape.push(level.length);
    level = level[0];
  }
  const data: number[] = [];
  const walk = (node: unknown, axis: number): boolean => {
    if (axis === shape.length) {
      if (typeof node !== 'number') return false;
      data.push(node);
      return true;
    }
    if (!(Array.isArray(node) || isFloat64Array(node)) || node.length !== shape[axis]) return false;
    for (let i = 0; i < node.length; i++) if (!walk(node[i], axis + 1)) return false;
    return true;
  };
  if (!walk(value, 0)) return undefined;
  return { data, shape };
}

// ---------------------------------------------------------------------------------------------------------
// Everything else

/** A short console.log-like rendering for values that are not numeric arrays. */
function inspect(value: unknown, depth: number): string {
  if (typeof value === 'string') return depth === 0 ? value : `'${value}'`;
  if (typeof value === 'number') return formatScalar(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `[Function: ${value.name || '(anonymous)'}]`;
  if (value === null || typeof value !== 'object') return String(value);
  if (depth > 2) return Array.isArray(value) ? '[Array]' : '[Object]';
  if (Array.isArray(value)) {
    return value.length === 0 ? '[]' : `[ ${value.map((v: unknown) => inspect(v, depth + 1)).join(', ')} ]`;
  }
  const entries = Object.entries(value).map(([k, v]) => `${k}: ${inspect(v, depth + 1)}`);
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}
