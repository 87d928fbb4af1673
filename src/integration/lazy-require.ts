/**
 * A package the build needs only now and then (for an author's mistake, say),
 * loaded the first time it is asked for, with `require`: imported from an ES
 * module, a CommonJS package's files are each scanned for the names they
 * export; required, none is.
 */
import { createRequire } from 'node:module';

/** A function that gives the package `name`, loading it on its first call. */
export function lazyRequire<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= createRequire(import.meta.url)(name) as T);
}
