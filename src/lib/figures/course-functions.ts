/**
 * The course's own functions, by module and export name, for the figure and
 * explorer components: the module comes from the course's package.json
 * `imports` (through `virtual:course/modules`), the names from the lesson.
 * The lesson's props are checked with file and line when it is compiled
 * (integration/remark-check-figures.ts); the errors here are the last line of
 * defence, for a component used outside a lesson.
 */
import { modules } from 'virtual:course/modules';

export type Scalar = (x: number) => number;

/** Which functions a figure or explorer shows, as a lesson names them. */
export interface FunctionRef {
  /** A course module, e.g. `#activations`. */
  module: string;
  /** The exported function to plot, e.g. `sigmoid`. */
  fn: string;
  /** The exported derivative, e.g. `sigmoidDerivative`; a figure may leave it out (an explorer needs it). */
  derivative?: string | undefined;
  /** Arguments after x, e.g. `[0.1]` for `leakyRelu(x, 0.1)`. @default [] */
  args?: readonly unknown[] | undefined;
}

function exported(namespace: Record<string, unknown>, ref: FunctionRef, name: string): (x: number, ...rest: unknown[]) => unknown {
  const value = namespace[name];
  if (typeof value !== 'function') throw new TypeError(`${ref.module} has no exported function \`${name}\``);
  return value as (x: number, ...rest: unknown[]) => unknown;
}

/**
 * Functions given directly, for a figure drawn at build time only: `f={(x) => softmax([x, 0, 1])[0]}`
 * with `softmax` imported at the top of the lesson.
 */
export interface FunctionValues {
  f: Scalar;
  df?: Scalar | undefined;
}

export function isFunctionValues(ref: FunctionRef | FunctionValues): ref is FunctionValues {
  return 'f' in ref;
}

/** The function and derivative a lesson names (or gives), as functions of x alone. */
export async function loadCourseFunctions(ref: FunctionRef | FunctionValues): Promise<FunctionValues> {
  if (isFunctionValues(ref)) {
    if (typeof ref.f !== 'function' || (ref.df !== undefined && typeof ref.df !== 'function')) throw new TypeError('`f` (and `df`, if given) must be functions of x');
    return ref;
  }
  const load = modules[ref.module];
  if (!load) throw new TypeError(`\`${ref.module}\` is not a course module; the course's modules are ${Object.keys(modules).join(', ')}`);
  const namespace = await load();
  const args = ref.args ?? [];
  const f = exported(namespace, ref, ref.fn);
  const df = ref.derivative === undefined ? undefined : exported(namespace, ref, ref.derivative);
  return { f: (x) => Number(f(x, ...args)), df: df && ((x) => Number(df(x, ...args))) };
}
