/**
 * The entry of the runtime bundle evaluated inside every fresh `vm` context
 * (see runtime-bundle.ts and example-process.ts): the shared runner and
 * printers, so an example's values are created, inspected and printed by code
 * of its own realm, exactly as in the page's Web Worker (cross-realm
 * `instanceof` would otherwise print a TypeError as a plain object).
 */
import { DISPLAYS, printError } from '../../example-runtime/print.ts';
import { runProgram } from '../../example-runtime/run-program.ts';

export interface ContextRuntime {
  runProgram: typeof runProgram;
  printError: typeof printError;
  displays: typeof DISPLAYS;
}

(globalThis as unknown as { __courseRuntime: ContextRuntime }).__courseRuntime = { runProgram, printError, displays: DISPLAYS };
