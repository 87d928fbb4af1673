/**
 * `virtual:course/island-scripts` (island-scripts.ts), and the islands'
 * bundle in a build.
 *
 * In `astro dev` the module gives the URL of each island's source, which
 * Vite serves. In a build, `bundle` (bundle-islands.ts) runs once the pages'
 * server bundle is made (so every lesson has compiled, and the modules
 * examples import are known), while Rolldown writes it and Vite makes its
 * client bundle; that bundle ends only when the islands' has, and has written
 * the module the pages import the URLs from. Vite's client bundle itself is
 * left nothing to do for the islands: no page has a script of Astro's.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { islandScriptsModule, type IslandScriptUrls } from './island-scripts.ts';

const ID = 'virtual:course/island-scripts';
/** Astro's environments that bundle the pages (prerendered, and on demand). */
const SERVER_ENVIRONMENTS = new Set(['prerender', 'ssr']);

export type IslandScriptsPluginOptions =
  | { command: 'dev'; urls: IslandScriptUrls }
  | {
      command: 'build';
      /** Where the module the pages import the URLs from is written (island-scripts.ts `islandScriptsFile`). */
      file: string;
      bundle: () => Promise<IslandScriptUrls>;
    };

export function vitePluginIslandScripts(options: IslandScriptsPluginOptions): Plugin {
  const built = options.command === 'build' ? pathToFileURL(options.file).href : undefined;
  let bundled: Promise<void> | undefined;
  return {
    name: 'course:island-scripts',
    // A build's plugin only for the build's own bundles, not for the dev server Astro runs to collect the routes first.
    apply: options.command === 'build' ? 'build' : 'serve',
    // Before Vite's resolver, which would read the module's file URL as a file to bundle.
    enforce: 'pre',
    resolveId: {
      filter: { id: /^(?:virtual:course\/island-scripts$|file:)/ },
      handler(id) {
        if (id === ID) return `\0${ID}`;
        // Left for Node to import when the pages are generated, after the bundle has written it.
        if (id === built) return { id, external: true };
        return undefined;
      },
    },
    load: {
      filter: { id: /^\0virtual:course\/island-scripts$/ },
      handler(id) {
        if (id !== `\0${ID}`) return undefined;
        return options.command === 'dev' ? islandScriptsModule(options.urls) : `export { islandScripts } from ${JSON.stringify(built)};`;
      },
    },
    // Once the pages' server bundle is made, every lesson has compiled; Vite's client bundle, which comes next, ends
    // only when the islands' has.
    buildEnd(error) {
      if (options.command !== 'build' || error || bundled || !SERVER_ENVIRONMENTS.has(this.environment.name)) return;
      bundled = options.bundle().then(async (urls) => {
        await mkdir(dirname(options.file), { recursive: true });
        await writeFile(options.file, islandScriptsModule(urls));
      });
      // Reported where it is awaited.
      bundled.catch(() => undefined);
    },
    async closeBundle() {
      if (options.command === 'build' && this.environment.name === 'client') {
        if (!bundled) throw new Error('the islands were not bundled: the pages\' server bundle did not end');
        await bundled;
      }
    },
  };
}
