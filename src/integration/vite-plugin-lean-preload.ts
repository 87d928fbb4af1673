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

export function vitePluginLeanPreload(): Plugin {
  return {
    name: 'course:vite-plugin-lean-preload',
    enforce: 'pre',
    apply: 'build',
    load(id) {
      if (id !== PRELOAD_HELPER_ID) return null;
      return 'export const __vitePreload = (load) => load();';
    },
  };
}
