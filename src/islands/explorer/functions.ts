/**
 * The function an explorer follows and its derivative: the course's own exports, named by the lesson
 * (module, function, derivative and extra arguments, carried in data attributes), loaded from the course
 * module only when the explorer starts. At a kink the course's convention for the derivative (what its
 * function returns there) is what the readout prints and what the tangent's slope is.
 */
import { loadCourseFunctions, type FunctionRef } from '../../lib/figures/course-functions.ts';

/** A scalar function and its derivative. */
export interface ExplorerFunction {
  f: (x: number) => number;
  derivative: (x: number) => number;
}

/** What an explorer follows: a course function and its derivative, which an explorer cannot do without. */
export type ExplorerRef = FunctionRef & { derivative: string; args: readonly unknown[] };

/** Loads the functions `ref` names from their course module. */
export async function loadExplorerFunction(ref: ExplorerRef): Promise<ExplorerFunction> {
  const { f, df } = await loadCourseFunctions(ref);
  if (!df) throw new TypeError(`<function-explorer>: ${ref.module} has no derivative \`${ref.derivative}\``);
  return { f, derivative: df };
}
