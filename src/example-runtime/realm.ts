/**
 * The realm a program runs in: its global object and the constructors the
 * runner makes the program's functions, objects and errors with. In the
 * page's Web Worker that is the runtime's own realm. In the build's example
 * processes each example gets a fresh `vm` context while the runtime itself
 * stays outside it, loaded and compiled once per process
 * (integration/examples/example-scope.ts): so everything the program can see
 * is still made in its own realm, and it shares nothing with the one before.
 */

type AsyncFunctionConstructor = new (...parametersAndBody: string[]) => (...args: unknown[]) => Promise<unknown>;

export interface ProgramRealm {
  /** Its global object: a run fixes its clock and random numbers, and points its console at the output. */
  global: typeof globalThis;
  Object: ObjectConstructor;
  Function: FunctionConstructor;
  AsyncFunction: AsyncFunctionConstructor;
  /** Its own Error, taken before any program runs (a program may replace the global). */
  Error: ErrorConstructor;
}

/** The constructors of the realm whose global is `global`, read before anything runs in it. */
export function realmOf(global: typeof globalThis, AsyncFunction: AsyncFunctionConstructor): ProgramRealm {
  return { global, Object: global.Object, Function: global.Function, AsyncFunction, Error: global.Error };
}

/** This runtime's own realm, taken as it loads. */
export const OWN_REALM: ProgramRealm = realmOf(globalThis, (async () => undefined).constructor as AsyncFunctionConstructor);
