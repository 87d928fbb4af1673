/**
 * The islands' heavy, course-independent parts, bundled by esbuild as soon as
 * a build starts: the example editor (CodeMirror) and the two example workers
 * (the edited one carries Sucrase and Acorn), about 770 kB of the islands'
 * 870 kB, which esbuild makes in about 0.3 s in a process of its own while
 * Astro starts and the lessons compile. bundle-islands.ts, which bundles the
 * pages' scripts once the lessons have compiled, imports them by their URLs.
 *
 * Of the site's Vite settings, the target and minification apply here; these
 * files are the generator's own, and no course plugin has anything to do in them.
 * Nothing of a course is in them either (the workers are told the course's
 * display with each run), so they are made once for every course, and a
 * build reuses them while their files are unchanged (bundle-cache.ts).
 * `astro dev` does not use this: Vite serves the same files as modules there.
 */
import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';
import { bundleCacheDir, cachedBuild } from '../bundle-cache.ts';
import { build, version } from '../esbuild.ts';

/** The prebundled islands, by name: what each is, and its file name's pattern in the built site (as Vite named them). */
export const PREBUNDLED = {
  editor: { entry: fileURLToPath(new URL('../../islands/editor.ts', import.meta.url)), name: (hash: string) => `editor.${hash}.js` },
  worker: { entry: fileURLToPath(new URL('../../islands/runner/worker.ts', import.meta.url)), name: (hash: string) => `worker-${hash}.js` },
  'worker-edited': { entry: fileURLToPath(new URL('../../islands/runner/worker-edited.ts', import.meta.url)), name: (hash: string) => `worker-edited-${hash}.js` },
} as const;

export type PrebundledName = keyof typeof PREBUNDLED;

export interface PrebundledFile {
  /** The file's name in the client's assets folder, with a hash of its content (e.g. `editor.Bx3k9_aQ.js`). */
  fileName: string;
  code: string;
}

export type Prebundle = Promise<ReadonlyMap<PrebundledName, PrebundledFile>>;

export interface PrebundleOptions {
  /** esbuild's browser targets: the site's `vite.build.target`, or what Vite builds for by default. */
  target: string | string[];
  minify: boolean;
  /** Where the bundles are kept between builds (bundle-cache.ts), by default beside Node's compile cache; undefined keeps none. */
  cacheDir?: string | undefined;
}

/**
 * Vite's default client target, 'baseline-widely-available', as Vite 8 resolves it for esbuild
 * (ESBUILD_BASELINE_WIDELY_AVAILABLE_TARGET in vite/src/node/constants.ts, not exported).
 */
export const VITE_DEFAULT_TARGET = ['chrome111', 'edge111', 'firefox114', 'safari16.4', 'ios16.4'];

/** The targets and minification of a site's Vite settings, as esbuild takes them. */
export function prebundleTarget(vite: { build?: { target?: unknown; minify?: unknown } | undefined } | undefined): Pick<PrebundleOptions, 'target' | 'minify'> {
  const target = vite?.build?.target;
  const valid = typeof target === 'string' || (Array.isArray(target) && target.every((each) => typeof each === 'string'));
  return {
    target: !valid || target === 'baseline-widely-available' ? VITE_DEFAULT_TARGET : (target as string | string[]),
    minify: vite?.build?.minify !== false,
  };
}

/** A content hash for an asset name, as Vite makes one: 8 characters of base64url (vite/src/node/utils.ts getHash). */
export function hashOf(code: string): string {
  return createHash('sha256').update(code).digest('base64url').slice(0, 8);
}

/** Starts the three bundles; each is one self-contained ES module, as Vite's worker and dynamic-import chunks were. */
export async function prebundleIslands({ target, minify, cacheDir = bundleCacheDir() }: PrebundleOptions): Prebundle {
  const names = Object.keys(PREBUNDLED) as PrebundledName[];
  const settings = {
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target,
    minify,
    write: false,
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
    entryPoints: Object.fromEntries(names.map((name) => [name, PREBUNDLED[name].entry])),
    outdir: 'prebundled',
  } as const satisfies BuildOptions;
  const files = await cachedBuild(cacheDir, 'islands', { esbuild: version, settings }, async () => {
    // One build of the three, which reads and parses the modules they share once (the two workers share most of
    // theirs): with splitting off, each file is still whole, so a worker's code never waits on a chunk.
    const built = await build(settings);
    const value = names.map((name): [PrebundledName, PrebundledFile] => {
      const code = built.outputFiles.find((file) => basename(file.path) === `${name}.js`)?.text ?? '';
      return [name, { fileName: PREBUNDLED[name].name(hashOf(code)), code }];
    });
    // The metafile names the files read relative to the working folder.
    const inputs = Object.entries(built.metafile.inputs).map(([path, { bytes }]) => ({ path: resolve(path), bytes }));
    return { value, inputs };
  });
  return new Map(files);
}
