/**
 * Executes an instrumented program (see instrument.ts) and reports what it
 * prints, line by line: the one runner used by the build (Node) and by the
 * page's Web Worker, so both print identical text.
 */
import { installDeterminism } from './determinism.ts';
import { checkExercise, parseCheck, type Verdict } from './exercise.ts';
import { evaluateModule, moduleKey, type ModuleSources } from './modules.ts';
import { CONSOLE_METHODS, printArguments, printError, printShown, type Display } from './print.ts';
import { OWN_REALM, type ProgramRealm } from './realm.ts';
import { SHOW } from './shown.ts';

/** The parameters of the async function a program is the body of. */
const PARAMETERS = ['require', 'exports', SHOW] as const;

export interface ProgramHost {
  /** The bundled modules the program may `require`, by key (see modules.ts). */
  sources: ModuleSources;
  /** The lesson's folder from the project root, e.g. `/content/activations/`, for relative imports. */
  lessonDir: string;
  display: Display;
  /** Called with each line the program prints, as soon as it is printed. */
  print: (line: string) => void;
  /** For an exercise: the reader's export to check, and the lesson's instrumented check program. */
  exercise?: { name: string; check: string } | undefined;
  /** The realm the program runs in (realm.ts); by default this runtime's own, as in the page's Web Worker. */
  realm?: ProgramRealm | undefined;
}

export type ProgramResult =
  | { kind: 'ok'; verdict?: Verdict | undefined }
  | { kind: 'threw'; error: string; line: number | undefined };

/**
 * How many lines the engine puts before a `new AsyncFunction` body: the line
 * numbers in a stack trace count them, the reader's code does not. Measured
 * rather than assumed, as engines differ; only when a program throws, and
 * once, as most runs throw nothing and every realm of one engine has the same.
 */
let headerLines: number | undefined;
async function measureHeader(realm: ProgramRealm): Promise<number> {
  try {
    // The probe's `throw` is on its body's line 2. Its error class comes in as `require`: the
    // program has run by now, and may have replaced the global `Error`.
    await new realm.AsyncFunction(...PARAMETERS, '\nthrow new require()')(realm.Error);
  } catch (error) {
    const line = lineInStack(error, 0, realm);
    return line === undefined ? 0 : line - 2;
  }
  return 0;
}

function lineInStack(error: unknown, offset: number, realm: ProgramRealm): number | undefined {
  let stack = '';
  try {
    stack = error instanceof realm.Error ? String(error.stack ?? '') : '';
  } catch {
    // a hostile `stack` getter: no line, rather than a crash of the runner
  }
  const match = /<anonymous>:(\d+):\d+/.exec(stack);
  return match ? Number(match[1]) - offset : undefined;
}

/** The realm's console goes to the program's output while it runs; the worker (or the context) is the run's alone. */
function captureConsole(realm: ProgramRealm, print: (line: string) => void): void {
  const target = realm.global.console as unknown as Record<string, (...args: unknown[]) => void>;
  for (const method of CONSOLE_METHODS) {
    target[method] = (...args: unknown[]) => {
      print(printArguments(args));
    };
  }
}

/** `require` for a program: each module is evaluated on first use, once per run. */
function createRequire(host: ProgramHost, realm: ProgramRealm): (specifier: string) => unknown {
  const loaded = new Map<string, unknown>();
  return (specifier) => {
    const key = moduleKey(specifier, host.lessonDir);
    if (loaded.has(key)) return loaded.get(key);
    const code = host.sources[key];
    if (code === undefined) {
      const known = Object.keys(host.sources).filter((name) => !name.startsWith('/'));
      throw new realm.Error(`Cannot find module '${specifier}': examples can import ${known.map((name) => `'${name}'`).join(', ') || 'no course modules'}`);
    }
    const exports = evaluateModule(code, key, realm);
    loaded.set(key, exports);
    return exports;
  };
}

async function execute(program: string, realm: ProgramRealm, require: (specifier: string) => unknown, show: (value: unknown) => unknown): Promise<Record<string, unknown>> {
  const exports = new realm.Object() as Record<string, unknown>;
  await new realm.AsyncFunction(...PARAMETERS, program)(require, exports, show);
  return exports;
}

export async function runProgram(program: string, host: ProgramHost): Promise<ProgramResult> {
  const realm = host.realm ?? OWN_REALM;
  // Before anything else runs: the same random numbers and clock in every run (determinism.ts).
  installDeterminism(realm.global);
  captureConsole(realm, host.print);
  const require = createRequire(host, realm);
  const show = (value: unknown) => {
    const text = printShown(value, host.display);
    if (text !== undefined) host.print(text);
    return value;
  };
  let exports: Record<string, unknown>;
  try {
    exports = await execute(program, realm, require, show);
  } catch (error) {
    headerLines ??= await measureHeader(realm);
    return { kind: 'threw', error: printError(error, realm.Error), line: lineInStack(error, headerLines, realm) };
  }
  if (!host.exercise) return { kind: 'ok' };
  // The check is the lesson's code, not the reader's: its failures are reported as its own.
  let check;
  try {
    check = parseCheck(await execute(host.exercise.check, realm, require, () => undefined));
  } catch (error) {
    return { kind: 'threw', error: `the exercise's check failed: ${printError(error, realm.Error)}`, line: undefined };
  }
  if (typeof check === 'string') return { kind: 'threw', error: `the exercise's check is malformed: ${check}`, line: undefined };
  try {
    return { kind: 'ok', verdict: checkExercise(host.exercise.name, exports, check, host.print, realm.Error) };
  } catch (error) {
    return { kind: 'threw', error: printError(error, realm.Error), line: undefined };
  }
}
