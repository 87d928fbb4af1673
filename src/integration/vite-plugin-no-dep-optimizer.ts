/**
 * Keeps Vite's dependency optimizer off in `astro build`.
 *
 * Before it builds, `astro build` syncs its types through a temporary Vite dev
 * server (astro/dist/core/sync: `createTempViteServer`), and a dev server
 * pre-bundles the dependencies listed in `optimizeDeps.include`: Astro lists its
 * dev toolbar's (astro/runtime/client/dev-toolbar, aria-query, axobject-query,
 * html-escaper), so every build bundled them with Rolldown into
 * node_modules/.vite/deps, for a toolbar a build never shows (about 0.1 s of the
 * main thread and more on Rolldown's, of a 6-lesson build's 3-4 s). A build
 * resolves and bundles its dependencies itself, never from that folder, so its
 * output is the same without it. Vite's way to turn the optimizer off is `noDiscovery`
 * with an empty `include` (vite: isDepOptimizationDisabled); the lists are set
 * after every other plugin has added to them, as arrays merge by concatenation.
 * `astro dev` does not get this plugin: its toolbar needs those bundles.
 */
import type { Plugin } from 'vite';

export function vitePluginNoDepOptimizer(): Plugin {
  return {
    name: 'course:no-dep-optimizer',
    configEnvironment: {
      order: 'post',
      handler(_name, options) {
        // Mutated rather than returned: a returned `include: []` would be merged into the list, not replace it.
        options.optimizeDeps = { ...options.optimizeDeps, noDiscovery: true, include: [] };
      },
    },
  };
}
