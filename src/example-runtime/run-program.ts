/**
 * Executes an instrumented program (see instrument.ts) and reports what it
 * prints, line by line: the one runner used by the build's Node worker and by
 * the page's Web Worker, so both print identical text.
 */
import type * as Library from '../activations/index.ts';
import { checkExercise, type Verdict } from './exercise.ts';
import { CONSOLE_METHODS, printArguments, printError, printShown, SHOW, type Format } from './print.ts';

/** The parameters of the async function a program is the body of. */
const PARAMETERS = ['require', 'exports', SHOW] as const;

type AsyncFunctionConstructor = new (...parametersAndBody: string[]) => (...args: unknown[]) => Promise<unknown>;
const AsyncFunction = (async () => undefined).constructor as AsyncFunctionConstructor;

export interface ProgramHost {
  /** The modules a program may `require`, by specifier (e.g. `#activations`). */
  modules: Readonly<Record<string, unknown>>;
  format: Format;
  /** Called with each line the program prints, as soon as it is printed. */
  print: (line: string) => void;
  /** For an exercise: the check to run on the program's exports afterwards (see exercise.ts). */
  exercise?: { check: string; library: typeof Library } | undefined;
}

export type ProgramResult =
  | { kind: 'ok'; verdict?: Verdict | undefined }
  | { kind: 'threw'; error: string; line: number | undefined };

/**
 * How many lines the engine puts before a `new AsyncFunction` body: the line
 * numbers in a stack trace count them, the reader's code does not. Measured
 * once rather than assumed, as engines differ.
 */
let headerLines: number | undefined;
async function measureHeader(): Promise<number> {
  try {
    await new AsyncFunction(...PARAMETERS, '\nthrow new Error()')();
  } catch (error) {
    // The probe's `throw` is on its body's line 2.
    const line = lineInStack(error, 0);
    return line === undefined ? 0 : line - 2;
  }
  return 0;
}

function lineInStack(error: unknown, offset: number): number | undefined {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const match = /<anonymous>:(\d+):\d+/.exec(stack);
  return match ? Number(match[1]) - offset : undefined;
}

/** The console goes to the program's output while it runs; the worker owns it alone. */
function captureConsole(host: ProgramHost): void {
  const target = console as unknown as Record<string, (...args: unknown[]) => void>;
  for (const method of CONSOLE_METHODS) {
    target[method] = (...args: unknown[]) => {
      host.print(printArguments(args, host.format));
    };
  }
}

export async function runProgram(program: string, host: ProgramHost): Promise<ProgramResult> {
  headerLines ??= await measureHeader();
  captureConsole(host);
  const require = (specifier: string) => {
    if (!(specifier in host.modules)) throw new Error(`Cannot find module '${specifier}': examples can import '#activations'`);
    return host.modules[specifier];
  };
  const show = (value: unknown) => {
    const text = printShown(value, host.format);
    if (text !== undefined) host.print(text);
    return value;
  };
  const exports: Record<string, unknown> = {};
  try {
    await new AsyncFunction(...PARAMETERS, program)(require, exports, show);
    if (!host.exercise) return { kind: 'ok' };
    return { kind: 'ok', verdict: checkExercise(host.exercise.check, exports, host.exercise.library, host.print) };
  } catch (error) {
    return { kind: 'threw', error: printError(error), line: lineInStack(error, headerLines) };
  }
}
