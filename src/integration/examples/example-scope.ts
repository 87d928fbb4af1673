/**
 * A fresh global scope for one example, inside an example process: a new `vm`
 * context (its own Object, Array, Error, Math…), given the few host functions
 * an example may use in the page's Web Worker too (timers, `structuredClone`,
 * text encoding, URLs, `atob`/`btoa`) and nothing of Node (`process`, `require`, `Buffer`).
 *
 * It also tracks the timers the example sets, so a run ends when the code and
 * its timers are done (a rejection 10 ms later fails the run as one at once
 * does), and so a finished run's timers cannot print into the next one.
 *
 * A `vm` context is not a security boundary: authored examples are build code
 * (README, "Trust"). What keeps the build alive is the process around it.
 */
import vm from 'node:vm';
import { realmOf, type ProgramRealm } from '../../example-runtime/realm.ts';

export interface ExampleScope {
  /** The context as the runtime runs a program in it: its global object and constructors. */
  realm: ProgramRealm;
  /** Resolves once no timer of the example is pending. */
  idle(): Promise<void>;
  /** Cancels every pending timer: the run is over. */
  dispose(): void;
}

type Callback = (...args: unknown[]) => void;

/** Timers with browser-style numeric ids, so an example that prints one prints what the page prints. */
function timers(onError: (error: unknown) => void) {
  const pending = new Map<number, NodeJS.Timeout>();
  let nextId = 1;
  let waiting: (() => void) | undefined;
  const settle = () => {
    if (pending.size === 0 && waiting) {
      waiting();
      waiting = undefined;
    }
  };
  const call = (fn: unknown, args: unknown[]) => {
    try {
      if (typeof fn === 'function') (fn as Callback)(...args);
    } catch (error) {
      onError(error);
    }
  };
  const clear = (id: unknown) => {
    const handle = pending.get(Number(id));
    if (handle === undefined) return;
    clearTimeout(handle);
    pending.delete(Number(id));
    settle();
  };
  const api = {
    setTimeout: (fn: unknown, ms?: unknown, ...args: unknown[]) => {
      const id = nextId++;
      pending.set(
        id,
        setTimeout(() => {
          pending.delete(id);
          call(fn, args);
          settle();
        }, Number(ms) || 0),
      );
      return id;
    },
    setInterval: (fn: unknown, ms?: unknown, ...args: unknown[]) => {
      const id = nextId++;
      pending.set(id, setInterval(() => call(fn, args), Number(ms) || 0));
      return id;
    },
    clearTimeout: clear,
    clearInterval: clear,
  };
  return {
    api,
    idle: () => (pending.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => (waiting = resolve))),
    dispose: () => {
      for (const handle of pending.values()) clearTimeout(handle);
      pending.clear();
      waiting = undefined;
    },
  };
}

/**
 * Run in each fresh context (compiled once): a `queueMicrotask` of the context's own realm, as it is in a
 * worker, and the context's AsyncFunction, which no global names.
 */
const SETUP = new vm.Script('globalThis.queueMicrotask = (fn) => { Promise.resolve().then(fn); };\n(async () => {}).constructor', { filename: 'example-scope.js' });

/** @param onError called with an exception thrown by a timer callback (in the page, an uncaught error too) */
export function createExampleScope(onError: (error: unknown) => void): ExampleScope {
  // DONT_CONTEXTIFY: an ordinary global object, without the interceptors a
  // contextified sandbox puts on every global lookup.
  const global = vm.createContext(vm.constants.DONT_CONTEXTIFY) as Record<string, unknown>;
  const clock = timers(onError);
  const hosted: Record<string, unknown> = {
    ...clock.api,
    structuredClone,
    TextEncoder,
    TextDecoder,
    URL,
    URLSearchParams,
    atob,
    btoa,
    // run-program.ts points the console at the example's output.
    console: {},
    // determinism.ts fixes now(), as in the page.
    performance: { now: () => 0 },
  };
  for (const [name, value] of Object.entries(hosted)) {
    Object.defineProperty(global, name, { value, writable: true, configurable: true, enumerable: false });
  }
  const realm = realmOf(global as unknown as typeof globalThis, SETUP.runInContext(global) as ProgramRealm['AsyncFunction']);
  return { realm, idle: clock.idle, dispose: clock.dispose };
}
