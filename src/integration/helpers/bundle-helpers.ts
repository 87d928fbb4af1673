/**
 * Bundles the helpers' TypeScript (helper-files.ts says why) into one
 * JavaScript module each, with esbuild: the generator's own files inside, the
 * packages they import left as imports (all but BUNDLED_PACKAGES). Those
 * imports are written as the URLs Node resolves them to from the sources, so a
 * bundle may live anywhere (beside Node's compile cache) and still load the very
 * files its sources would.
 *
 * A module's `import.meta.url` is its source's URL in the bundle too, so the
 * files it finds beside itself (the example runtime, the fonts' modules) are
 * the same; any other use of `import.meta` fails the bundle, and the helpers
 * then start from their sources, as they would without it.
 *
 * The bundles are the generator's alone, the same for every course, so they
 * are kept from one build to the next (bundle-cache.ts) while the files they
 * were made from, and the packages' files they import, are unchanged.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';
import { bundleCacheDir, cachedBuild, type Built } from '../bundle-cache.ts';
import { writeWhole } from '../write-whole.ts';
import { build, version } from '../esbuild.ts';
import { HELPER_SOURCES, type HelperFiles, type HelperName } from './helper-files.ts';

/**
 * Bundled in rather than imported, with the packages they import in turn:
 * - node-inspect-extracted: an import of a package is hoisted above the bundle's own code, and it must
 *   load after example-process.ts's first import (cross-realm.ts) has run;
 * - sucrase and acorn, the runner's instrumenter: as packages, Sucrase's CommonJS is some 60 files that
 *   Node resolves, reads, wraps and scans for ES exports one by one (about 0.1 s of the runner's start);
 *   bundled, they are one ES module whose code Node's compile cache keeps.
 */
const BUNDLED_PACKAGES = new Set(['node-inspect-extracted', 'sucrase', 'acorn']);

/** The files a bundle depends on, as its plugins met them: each with the size read (see bundle-cache.ts). */
type Inputs = Built<unknown>['inputs'][number][];

/** Packages as Node resolves them from the generator's files (they share its node_modules); each file is an input. */
function packagesAsNodeResolves(inputs: Inputs): Plugin {
  return {
    name: 'packages-as-node-resolves',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async ({ path, importer }) => {
        // Only a bundled package's own files are read from node_modules: what they import is bundled too.
        if (isBuiltin(path) || BUNDLED_PACKAGES.has(path) || importer.split(/[\\/]/).includes('node_modules')) return undefined;
        const url = import.meta.resolve(path);
        // The bundle names the file: it must still be there, as it was, for the bundle to be kept.
        if (url.startsWith('file:')) inputs.push({ path: fileURLToPath(url), bytes: (await readFile(new URL(url))).length });
        return { path: url, external: true };
      });
    },
  };
}

/** Each generator file keeps its own URL as `import.meta.url`. */
function ownImportMetaUrl(inputs: Inputs): Plugin {
  return {
    name: 'own-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        inputs.push({ path, bytes: Buffer.byteLength(source) });
        const contents = source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href));
        if (/\bimport\.meta\b/.test(contents)) return { errors: [{ text: `${path} uses import.meta other than import.meta.url, which a bundle cannot keep` }] };
        return { contents, loader: 'ts' };
      });
    },
  };
}

/** Each helper's bundle, by name, made by esbuild, and every file it was made from. */
async function bundle(names: readonly HelperName[]): Promise<{ code: Record<string, string>; inputs: Inputs }> {
  const inputs: Inputs = [];
  const built = await build({
    entryPoints: Object.fromEntries(names.map((name) => [name, HELPER_SOURCES[name]])),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    outdir: 'helpers',
    outExtension: { '.js': '.mjs' },
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [packagesAsNodeResolves(inputs), ownImportMetaUrl(inputs)],
  });
  // The files esbuild read itself (the packages bundled in, BUNDLED_PACKAGES), as the metafile names them,
  // relative to the working folder; the generator's own were met as they loaded, with their size before the URLs went in.
  const met = new Set(inputs.map(({ path }) => path));
  for (const [path, { bytes }] of Object.entries(built.metafile.inputs)) if (!met.has(resolve(path))) inputs.push({ path: resolve(path), bytes });
  const code: Record<string, string> = {};
  for (const name of names) {
    const output = built.outputFiles.find((file) => basename(file.path) === `${name}.mjs`);
    if (!output) throw new Error(`esbuild made no bundle of ${name}`);
    code[name] = output.text;
  }
  return { code, inputs };
}

/**
 * Writes the helpers' bundles (one `.mjs` each, named by its content) and gives their paths: into the
 * folder where bundles are kept between builds (bundle-cache.ts), where the next build finds them, or into
 * `dir` when none is (`cacheDir` undefined).
 */
export async function bundleHelpers(dir: string, cacheDir: string | undefined = bundleCacheDir()): Promise<HelperFiles> {
  const names = Object.keys(HELPER_SOURCES) as HelperName[];
  const folder = cacheDir === undefined ? dir : join(cacheDir, 'helpers');
  return cachedBuild(cacheDir, 'helpers', { esbuild: version, sources: HELPER_SOURCES, folder }, async () => {
    const { code, inputs } = await bundle(names);
    const files: HelperFiles = {};
    for (const name of names) {
      const text = code[name]!;
      const path = join(folder, `${name}-${createHash('sha256').update(text).digest('base64url').slice(0, 12)}.mjs`);
      await writeWhole(path, text);
      files[name] = path;
      // Kept only while the file is there as written: one removed or changed is made anew.
      inputs.push({ path, bytes: Buffer.byteLength(text) });
    }
    return { value: files, inputs };
  });
}
