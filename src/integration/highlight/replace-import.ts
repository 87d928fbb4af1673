/**
 * Answers a package's import, in this thread, with a module of our own,
 * written as JavaScript for each importer: how the highlighter's process
 * changes what Shiki loads without changing Shiki or Astro's wrapper of it
 * (onig-wasm-file.ts, shared-patterns.ts). Only what loads after the call
 * sees it.
 */
import * as nodeModule from 'node:module';

/** What the module is written from: the importer's URL, and the URL the import would have had. */
export interface Importer {
  parentURL: string;
  resolved: () => string;
}

/**
 * From now on, this thread's imports of `specifier` load the module `source` writes. Node 22.15 and later;
 * before, nothing changes, and the package loads as it always does.
 */
export function replaceImport(specifier: string, source: (importer: Importer) => string): void {
  if (typeof nodeModule.registerHooks !== 'function') return;
  nodeModule.registerHooks({
    resolve(asked, context, next) {
      const { parentURL } = context;
      if (asked !== specifier || parentURL === undefined) return next(asked, context);
      const code = source({ parentURL, resolved: () => next(asked, context).url });
      return { url: `data:text/javascript,${encodeURIComponent(code)}`, shortCircuit: true };
    },
  });
}
