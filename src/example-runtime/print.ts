/**
 * How a running example's output becomes text: the one set of rules shared by
 * the build-time runner (a Node worker) and the in-page runner (a Web Worker),
 * so both print identical text. Arrays and numbers go through the library's
 * numpy-style `format()`; strings passed to console.log print as they are.
 */

export type Format = (value: unknown) => string;

/** The name an instrumented program calls with each top-level expression's value (a parameter, not a global). */
export const SHOW = '__courseShow';

/** The console methods an example may call; all print to the example's output. */
export const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

/** One console call's line: arguments separated by spaces, as console.log does. */
export function printArguments(args: readonly unknown[], format: Format): string {
  return args.map((arg) => (typeof arg === 'string' ? arg : format(arg))).join(' ');
}

/**
 * A top-level expression's value, as a notebook shows it: nothing for
 * `undefined` (so calls that return nothing stay quiet), strings quoted so
 * they can be told from numbers, everything else through `format()`.
 */
export function printShown(value: unknown, format: Format): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? JSON.stringify(value) : format(value);
}

/** The last line of a failed run: `TypeError: message`, as Node prints an uncaught error. */
export function printError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return `Uncaught ${typeof error === 'string' ? JSON.stringify(error) : String(error)}`;
}
