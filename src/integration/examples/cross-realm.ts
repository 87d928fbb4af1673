/**
 * Lets the example process's one copy of node-inspect-extracted print values
 * made in an example's own `vm` context (see example-runtime/realm.ts) exactly
 * as a copy inside that context would. Its checks work across realms (built-in
 * brands and constructor names) except for errors, which it recognises with
 * `Error.isError` when the engine has it (a brand check, true for an error of
 * any realm) and otherwise by `instanceof Error`, false for another realm's
 * errors: a thrown TypeError would print as `TypeError {}` instead of its
 * stack. So, in this process only:
 *
 * - `Error.isError` is given where missing (the TC39 proposal, in V8 from
 *   13.x; Node 22 lacks it), as Node's own brand check `util.types.isNativeError`;
 * - `Error[Symbol.hasInstance]` also accepts native errors of any realm.
 *
 * It must run before node-inspect-extracted loads, which captures
 * `Error.isError` as it starts: example-process.ts imports this module first.
 * This realm runs no code but the runner's, so nothing else is affected.
 */
import { types } from 'node:util';

const ErrorWithIsError = Error as ErrorConstructor & { isError?: (value: unknown) => boolean };
if (typeof ErrorWithIsError.isError !== 'function') {
  Object.defineProperty(Error, 'isError', { value: (value: unknown) => types.isNativeError(value), writable: true, configurable: true });
}

const ordinary = Function.prototype[Symbol.hasInstance];
Object.defineProperty(Error, Symbol.hasInstance, {
  value(this: unknown, value: unknown): boolean {
    return ordinary.call(this, value) || (this === Error && types.isNativeError(value));
  },
  configurable: true,
});
