/**
 * Bundles the helpers' TypeScript (helper-files.ts says why) into one
 * JavaScript module each, with esbuild: the generator's own files inside, the
 * packages they import left as imports (all but one, BUNDLED_PACKAGES). Those
 * imports are written as the URLs Node resolves them to from the sources, so a
 * bundle may live anywhere (the build's cache folder) and still load the very
 * files its sources would.
 *
 * A module's `import.meta.url` is its source's URL in the bundle too, so the
 * files it finds beside itself (the example runtime, the fonts' modules) are
 * the same; any other use of `import.meta` fails the bundle, and the helpers
 * then start from their sources, as they would without it.
 */
import { randomUUID } from 'node:crypto';
import { readFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';
import { build } from '../esbuild.ts';
import { HELPER_SOURCES, type HelperFiles, type HelperName } from './helper-files.ts';

/**
 * Bundled in rather than imported: an import of a package is hoisted above the bundle's own code, and
 * node-inspect-extracted must load after example-process.ts's first import (cross-realm.ts) has run.
 */
const BUNDLED_PACKAGES = new Set(['node-inspect-extracted']);

/** Packages as Node resolves them from the generator's files (they share its node_modules). */
const packagesAsNodeResolves: Plugin = {
  name: 'packages-as-node-resolves',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path }) => (isBuiltin(path) || BUNDLED_PACKAGES.has(path) ? undefined : { path: import.meta.resolve(path), external: true }));
  },
};

/** Each generator file keeps its own URL as `import.meta.url`. */
const ownImportMetaUrl: Plugin = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const contents = (await readFile(path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href));
      if (/\bimport\.meta\b/.test(contents)) return { errors: [{ text: `${path} uses import.meta other than import.meta.url, which a bundle cannot keep` }] };
      return { contents, loader: 'ts' };
    });
  },
};

/** Writes the helpers' bundles into `dir` (one `.mjs` each) and gives their paths. */
export async function bundleHelpers(dir: string): Promise<HelperFiles> {
  const names = Object.keys(HELPER_SOURCES) as HelperName[];
  const built = await build({
    entryPoints: Object.fromEntries(names.map((name) => [name, HELPER_SOURCES[name]])),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    write: false,
    logLevel: 'silent',
    plugins: [packagesAsNodeResolves, ownImportMetaUrl],
  });
  await mkdir(dir, { recursive: true });
  const files: HelperFiles = {};
  for (const name of names) {
    const output = built.outputFiles.find((file) => basename(file.path) === `${name}.mjs`);
    if (!output) throw new Error(`esbuild made no bundle of ${name}`);
    // Written aside and renamed, so another build starting the same helper never reads half a file.
    const aside = `${output.path}.${randomUUID()}`;
    await writeFile(aside, output.contents);
    await rename(aside, output.path);
    files[name] = output.path;
  }
  return files;
}
