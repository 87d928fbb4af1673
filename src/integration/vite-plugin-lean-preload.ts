/**
 * Replaces Vite's preload helper with one that only calls the import.
 *
 * Vite wraps every static `import('./x.js')` of the client build in
 * `__vitePreload(() => import('./x.js'), deps)`, whose helper (about 880 B
 * gzip) adds `<link rel="modulepreload">` for the chunk's own imports so they
 * download in parallel. Every lesson page loads the helper before the reader
 * touches anything, because the islands' bootstraps (search, examples,
 * explorers) import their real code on demand, and the helper alone was a
 * quarter of the 3 KB budget for JavaScript before interaction (issue 14).
 *
 * Our on-demand chunks are small and each is requested on a sign of intent
 * (focus, hover, scrolling near), so fetching a chunk's imports after the
 * chunk costs one round trip at a moment the reader is not waiting yet. The
 * contract kept is the helper's signature: `__vitePreload(load, deps, url)`
 * resolves to what `load()` resolves to.
 *
 * TODO: drop this if Vite gets an option to build without preload wrappers
 * (`build.modulePreload: false` still keeps the helper, Vite 8.3).
 */
import type { Plugin } from 'vite';

/** The helper's module id inside Vite (vite/src/node/plugins/importAnalysisBuild.ts). */
const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * What Vite still writes for the helper to ignore: a table of each chunk's
 * imports at the top of every chunk with an `import()`, and an index into it
 * as the wrapper's second argument. The exact text Vite emits
 * (`__vite__mapDeps`, a reserved name); if it ever changes, nothing matches
 * and the chunks keep it, unused, as before.
 */
const DEPS_TABLE = /^const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]\)\)\)=>i\.map\(i=>d\[i\]\);\n?/;
const DEPS_ARGUMENT = /,__vite__mapDeps\(\[[\d,]*\]\)/g;

type Bundle = Parameters<Extract<NonNullable<Plugin['generateBundle']>, { handler: unknown }>['handler']>[1];
type Chunk = Extract<Bundle[string], { type: 'chunk' }>;

/**
 * The helper, once lean, is one line; as a chunk of its own it is a request
 * and 48 B gzip on every lesson page. Each chunk that imports it gets the line
 * instead, and the helper's chunk goes. Only when that chunk holds the helper
 * alone and each import of it reads as Rolldown writes one; otherwise all is
 * left as it is.
 */
function inlineHelper(chunks: readonly Chunk[], bundle: Bundle): void {
  const helper = chunks.find((chunk) => chunk.moduleIds.length === 1 && chunk.moduleIds[0] === PRELOAD_HELPER_ID && chunk.exports.length === 1);
  if (!helper) return;
  const file = helper.fileName.split('/').at(-1)!.replace(/[.$]/g, '\\$&');
  const statement = new RegExp(`import\\{${helper.exports[0]!.replace(/\$/g, '\\$')} as ([\\w$]+)\\}from"\\./${file}";`);
  const importers = chunks.filter((chunk) => chunk.imports.includes(helper.fileName));
  if (importers.some((chunk) => !statement.test(chunk.code))) return;
  for (const chunk of importers) {
    chunk.code = chunk.code.replace(statement, (_, local: string) => `const ${local}=f=>f();`);
    chunk.imports = chunk.imports.filter((name) => name !== helper.fileName);
  }
  delete bundle[helper.fileName];
}

export function vitePluginLeanPreload(): Plugin {
  return {
    name: 'course:vite-plugin-lean-preload',
    enforce: 'pre',
    apply: 'build',
    load: {
      // Rolldown calls into JavaScript for this one module only.
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler(id) {
        if (id !== PRELOAD_HELPER_ID) return null;
        return 'export const __vitePreload = (load) => load();';
      },
    },
    // About 80 B gzip of every entry chunk with an on-demand import (three on a lesson page).
    // After Vite's own generateBundle, which writes the table.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        for (const chunk of chunks) {
          if (chunk.code.startsWith('const __vite__mapDeps=')) chunk.code = chunk.code.replace(DEPS_TABLE, '').replace(DEPS_ARGUMENT, '');
        }
        inlineHelper(chunks, bundle);
      },
    },
  };
}
