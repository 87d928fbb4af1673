/**
 * The islands' scripts: the three a page may load as it opens (each bootstrap
 * loads the rest on a sign of intent), and the URL a page names each by.
 *
 * The pages name them with <IslandScript> (components/IslandScript.astro)
 * through `virtual:course/island-scripts`. In `astro dev` that is each
 * source's URL on Vite's server; in a build, the file esbuild made of it
 * (bundle-islands.ts), known only once every lesson has compiled, after the
 * pages' server bundle is made: so the virtual module re-exports a module
 * written then, which the pages' code imports when the pages are generated.
 *
 * Each script is one file, so a page waits for one request before its
 * islands work; a module it shares with what it loads on demand is copied
 * into both (the controller's example-storage.ts and short-hash.ts, today).
 * Such a module must keep no state of its own: the two copies would not share it.
 */
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const island = (path: string) => fileURLToPath(new URL(`../../islands/${path}`, import.meta.url));

export const ISLAND_SCRIPTS = {
  /** Every page: theme, search box, ←/→, Copy buttons, progress (islands/reader.ts). */
  reader: island('reader.ts'),
  /** Lessons: defines <course-example>, which loads the runner on first use. */
  'course-example': island('course-example.ts'),
  /** Pages with an explorer: defines <function-explorer>, which loads its code as it nears the viewport. */
  'function-explorer': island('explorer/bootstrap.ts'),
} as const;

export type IslandScriptName = keyof typeof ISLAND_SCRIPTS;
export type IslandScriptUrls = Record<IslandScriptName, string>;

/** Where Vite's dev server serves each island's source: by its path under the root, or by /@fs/ outside it. */
export function devIslandScripts(root: string, base: string): IslandScriptUrls {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const url = (file: string) => {
    const path = relative(root, file);
    return path.startsWith('..') ? `${prefix}@fs${file.split(sep).join('/')}` : `${prefix}${path.split(sep).join('/')}`;
  };
  return Object.fromEntries(Object.entries(ISLAND_SCRIPTS).map(([name, file]) => [name, url(file)])) as IslandScriptUrls;
}

/** The code of `virtual:course/island-scripts` (or of the module a build's re-exports): the URLs by name. */
export function islandScriptsModule(urls: IslandScriptUrls): string {
  return `export const islandScripts = ${JSON.stringify(urls)};\n`;
}

/** Where a build writes the module its pages import `islandScripts` from: in Astro's cache folder, one per output folder. */
export function islandScriptsFile(cacheDir: string, outDir: string): string {
  // Two builds of a project to different folders (the tests', a base path's) never share one.
  return join(cacheDir, 'course-island-scripts', `${createHash('sha256').update(outDir).digest('hex').slice(0, 16)}.mjs`);
}
