/**
 * The check behind an exercise. The lesson says how its exercise is checked in
 * a ```ts check fence after the solution, whose default export is
 *
 *   { reference, inputs, note? }
 *
 * `reference` is the correct function (usually an export of the course's own
 * library), `inputs` the argument lists to call it and the reader's function
 * with, and `note` a few words added to the verdict ("tails included"). The
 * reader's exported function is called on every input and compared with the
 * reference; the first input where they differ is reported. The same check
 * runs in the page (on the reader's code) and in the build (which requires the
 * lesson's stub to fail it and its reference solution to pass it).
 */
import { inspect } from 'node-inspect-extracted';
import { OWN_REALM } from './realm.ts';

type Fn = (...args: unknown[]) => unknown;

export interface ExerciseCheck {
  reference: Fn;
  inputs: readonly (readonly unknown[])[];
  note: string | undefined;
}

export type Verdict = 'pass' | 'fail';

/** What a check fence must export, for the error when it does not. */
export const CHECK_SHAPE = 'export default { reference: <function>, inputs: [[...arguments], ...], note?: <string> }';

/**
 * The check a ```ts check fence exported, or a sentence saying what is wrong with it.
 * @example
 * parseCheck({ default: { reference: Math.abs, inputs: [[-1]] } }); // returns { reference: Math.abs, inputs: [[-1]], note: undefined }
 */
export function parseCheck(exports: Readonly<Record<string, unknown>>): ExerciseCheck | string {
  const spec = exports['default'];
  if (typeof spec !== 'object' || spec === null) return `the check fence has no default export; expected ${CHECK_SHAPE}`;
  const { reference, inputs, note } = spec as Record<string, unknown>;
  if (typeof reference !== 'function') return `the check's \`reference\` is ${typeof reference}, expected the function to compare with`;
  if (!Array.isArray(inputs) || inputs.length === 0 || !inputs.every(Array.isArray)) {
    return 'the check\'s `inputs` must be a non-empty array of argument lists, e.g. `[[0], [1], [-1]]`';
  }
  if (note !== undefined && typeof note !== 'string') return "the check's `note` must be a string";
  return { reference: reference as Fn, inputs: inputs as unknown[][], note };
}

/** Numbers as a reader writes them in TypeScript; arrays in brackets. */
function show(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  return typeof value === 'string' ? JSON.stringify(value) : inspect(value);
}

/**
 * Agreement to 12 significant digits, relative to the largest expected entry
 * (so a component that cancels to nearly 0 is judged on the vector's scale);
 * results below 1e-300 are subnormal and compared absolutely. Anything that is
 * not a number is compared structurally.
 */
function agrees(got: unknown, expected: unknown, scale?: number): boolean {
  if (Array.isArray(expected)) {
    if (!Array.isArray(got) || got.length !== expected.length) return false;
    const size = Math.max(...expected.map((value) => (typeof value === 'number' && Number.isFinite(value) ? Math.abs(value) : 0)));
    return expected.every((value, index) => agrees(got[index], value, size));
  }
  if (typeof expected !== 'number') return Object.is(got, expected) || (typeof got === 'object' && inspect(got) === inspect(expected));
  if (typeof got !== 'number') return false;
  if (Number.isNaN(expected) || !Number.isFinite(expected)) return Object.is(got, expected) || (Number.isNaN(expected) && Number.isNaN(got));
  return Math.abs(got - expected) <= 1e-12 * (scale ?? Math.abs(expected)) + 1e-300;
}

function describeThrown(error: unknown, realmError: ErrorConstructor): string {
  return error instanceof realmError ? `${error.name}: ${error.message}` : show(error);
}

/**
 * Runs the check on the reader's export `name`, printing one line of verdict.
 * @param realmError the Error of the realm the reader's code ran in (realm.ts)
 */
export function checkExercise(
  name: string,
  exports: Readonly<Record<string, unknown>>,
  check: ExerciseCheck,
  print: (line: string) => void,
  realmError: ErrorConstructor = OWN_REALM.Error,
): Verdict {
  const candidate = exports[name];
  if (typeof candidate !== 'function') {
    print(`✗ Export a function named ${name}: the check calls it on ${check.inputs.length} inputs.`);
    return 'fail';
  }
  for (const args of check.inputs) {
    const call = `${name}(${args.map(show).join(', ')})`;
    const expected = check.reference(...(structuredClone(args) as unknown[]));
    let got: unknown;
    try {
      got = (candidate as Fn)(...(structuredClone(args) as unknown[]));
    } catch (error) {
      print(`✗ ${call} threw ${describeThrown(error, realmError)}, but the library gives ${show(expected)}.`);
      return 'fail';
    }
    if (!agrees(got, expected)) {
      print(`✗ ${call} returned ${show(got)}, but the library gives ${show(expected)}.`);
      return 'fail';
    }
  }
  print(`✓ ${name} agrees with the library on all ${check.inputs.length} inputs${check.note ? `, ${check.note}` : ''}.`);
  return 'pass';
}
