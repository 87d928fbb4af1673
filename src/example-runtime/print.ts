/**
 * How a running example's output becomes text: the one set of rules shared by
 * the build-time runner (Node) and the in-page runner (a Web Worker), so both
 * print identical text.
 *
 * - `console.log` and friends print exactly as Node's `console.log` does
 *   (`util.format`, here from node-inspect-extracted so the page has it too):
 *   the same code run in Node, Deno or a notebook prints the same text.
 * - The value of a top-level expression statement is shown with the course's
 *   display printer (course option `display`), as a notebook shows a cell's value.
 */
import { format, inspect } from 'node-inspect-extracted';
import { displayNumpy } from './display/numpy.ts';
import { OWN_REALM } from './realm.ts';

export type Display = (value: unknown) => string;

/** The display printers a course can choose between (course option `display`). */
export const DISPLAYS = {
  /** Node's REPL: `[ 1, 2 ]`, `'text'`. */
  inspect: (value: unknown) => inspect(value),
  /** numpy's repr for numbers and arrays; strings quoted as a notebook shows them. */
  numpy: (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : displayNumpy(value)),
} as const satisfies Record<string, Display>;

export type DisplayName = keyof typeof DISPLAYS;

/** The console methods an example may call; all print to the example's output. */
export const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

/** One console call's text, as Node's console.log writes it (without the final newline). */
export function printArguments(args: readonly unknown[]): string {
  return format(...args);
}

/**
 * A top-level expression's value: nothing for `undefined` (so calls that
 * return nothing stay quiet), everything else through the display printer.
 */
export function printShown(value: unknown, display: Display): string | undefined {
  return value === undefined ? undefined : display(value);
}

/**
 * The last line of a failed run: `TypeError: message`, as Node prints an
 * uncaught error; any other thrown value as `Uncaught <inspected value>`.
 * Never throws, whatever was thrown (a null-prototype object, a revoked proxy).
 *
 * @param realmError the Error of the realm the program ran in (realm.ts), as it was before the program ran
 */
export function printError(error: unknown, realmError: ErrorConstructor = OWN_REALM.Error): string {
  try {
    if (error instanceof realmError) return `${error.name}: ${error.message}`;
    return `Uncaught ${inspect(error)}`;
  } catch {
    return 'Uncaught a value that cannot be printed';
  }
}
