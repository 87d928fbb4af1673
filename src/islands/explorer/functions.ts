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

/** Loads the functions `ref` names from their course module. */
export async function loadExplorerFunction(ref: FunctionRef): Promise<ExplorerFunction> {
  const { f, df } = await loadCourseFunctions(ref);
  return { f, derivative: df };
}
