/**
 * Bundles the islands' scripts for a build with esbuild, in place of Vite's
 * client bundle: the three a page loads (island-scripts.ts), the chunks they
 * import on demand, and the course's modules they reach through the virtual
 * modules (modules/island-modules.ts). The heavy parts that are the same for
 * every course, the editor and the example workers, come prebundled
 * (prebundle-islands.ts) and are imported by their URLs.
 *
 * Why not Vite: its client bundle runs after the pages' server bundle, on
 * the build's own thread, and cost about 0.3 s of a 6-lesson build's 4.6 s
 * for some 40 small modules, most of it the plugins' hooks that each module
 * passes through. esbuild makes the same files in its own process, in about
 * 0.2 s that overlap Rolldown writing the server bundle. The islands need
 * nothing of Vite's: they import no CSS or assets, and use `import.meta.env`
 * only for DEV and BASE_URL. (A course's Vite plugins no longer reach the
 * course modules an explorer imports in the page; the examples' copies of
 * them were esbuild's already, modules/bundle-modules.ts.)
 *
 * Each file is named by a hash of its content, under the assets folder, so a
 * page caches it for good as it cached Vite's.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { BuildOptions, BuildResult, Metafile, Plugin, SameShape } from 'esbuild';
import { build as esbuild } from '../esbuild.ts';
import { islandModuleCode, VIRTUAL_PREFIX, type IslandModulesContext } from '../modules/island-modules.ts';
import { ISLAND_SCRIPTS, type IslandScriptName, type IslandScriptUrls } from './island-scripts.ts';
import { hashOf, PREBUNDLED, type PrebundledFile, type PrebundledName } from './prebundle-islands.ts';

export interface IslandsBundleOptions {
  /** The project root: the course's `#…` modules resolve from its package.json. */
  root: string;
  /** The site's base and its assets folder (Astro's `build.assets`): a file's URL is `<base><assetsDir>/<name>`. */
  base: string;
  assetsDir: string;
  /** The site's output folder; the files go to `<outDir>/<assetsDir>/`. */
  outDir: string;
  /** esbuild's browser targets and minification (prebundle-islands.ts `prebundleTarget`). */
  target: string | string[];
  minify: boolean;
  prebundled: ReadonlyMap<PrebundledName, PrebundledFile>;
  modules: IslandModulesContext;
}

export interface IslandsBundle {
  /** The URL of each island's script. */
  scripts: IslandScriptUrls;
  /** The modules copied into a script and into what it loads on demand (absolute paths): each must keep no state. */
  copied: string[];
}

/** Writes the islands' files. */
export async function bundleIslands(options: IslandsBundleOptions): Promise<IslandsBundle> {
  const { root, outDir, assetsDir, prebundled } = options;
  const prefix = `${options.base.endsWith('/') ? options.base : `${options.base}/`}${assetsDir}/`;
  const assets = join(outDir, assetsDir);
  const common = {
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: options.target,
    minify: options.minify,
    outdir: assets,
    absWorkingDir: root,
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
    define: { 'import.meta.env.DEV': 'false', 'import.meta.env.PROD': 'true', 'import.meta.env.BASE_URL': JSON.stringify(options.base) },
  } as const satisfies BuildOptions;
  const plugins = [courseModules(options.modules, root), prebundledIslands(prebundled, prefix)];

  // First the pages' scripts, each one whole file, as a page loads it before anything else: what they
  // import on demand is left as a placeholder, and listed.
  const names = Object.keys(ISLAND_SCRIPTS) as IslandScriptName[];
  const onDemand: string[] = [];
  const scripts = await build({
    ...common,
    entryPoints: Object.fromEntries(names.map((name) => [name, ISLAND_SCRIPTS[name]])),
    write: false,
    plugins: [...plugins, leaveOnDemand(onDemand)],
  });
  // Then what they import on demand, and the course's modules that reaches: each import() a file of its own,
  // and code two of them share a chunk of its own. A module a script shares with its on-demand code is copied
  // into both (island-scripts.ts says which may be).
  const chunks =
    onDemand.length === 0
      ? undefined
      : await build({ ...common, entryPoints: onDemand, splitting: true, entryNames: '[name].[hash]', chunkNames: '[name].[hash]', write: true, plugins });
  const onDemandUrls = new Map<string, string>();
  for (const [path, output] of Object.entries(chunks?.metafile.outputs ?? {})) {
    if (output.entryPoint !== undefined) onDemandUrls.set(resolve(root, output.entryPoint), prefix + basename(path));
  }

  await mkdir(assets, { recursive: true });
  await Promise.all([...prebundled.values()].map((file) => writeFile(join(assets, file.fileName), file.code)));
  const urls = await Promise.all(
    names.map(async (name) => {
      const output = scripts.outputFiles.find((file) => basename(file.path) === `${name}.js`);
      if (!output) throw new Error(`esbuild made no file for the island script ${name}`);
      const code = output.text.replace(PLACEHOLDER, (_, index: string) => {
        const url = onDemandUrls.get(onDemand[Number(index)] ?? '');
        if (url === undefined) throw new Error(`esbuild made no file for ${onDemand[Number(index)]}, which the island script ${name} imports`);
        return JSON.stringify(url);
      });
      const fileName = `${name}.${hashOf(code)}.js`;
      await writeFile(join(assets, fileName), code);
      return [name, prefix + fileName] as const;
    }),
  );
  const inputsOf = (result: { metafile: Metafile } | undefined) => new Set(Object.keys(result?.metafile.inputs ?? {}).map((path) => resolve(root, path)));
  const onDemandInputs = inputsOf(chunks);
  return { scripts: Object.fromEntries(urls) as IslandScriptUrls, copied: [...inputsOf(scripts)].filter((file) => onDemandInputs.has(file)).toSorted() };
}

/** What a page's script imports on demand, as esbuild leaves it in the script: the index of its file in the list. */
const PLACEHOLDER = /"course-on-demand:(\d+)"/g;

/** esbuild's build, failing with its messages alone. */
function build<T extends BuildOptions>(settings: SameShape<BuildOptions, T>): Promise<BuildResult<T>> {
  return esbuild(settings).catch((error: unknown) => Promise.reject(new Error(errorText(error))));
}

/** esbuild's error as its messages say it (a plugin's own, such as the bundler's, first), without its wrapping. */
function errorText(error: unknown): string {
  const errors = (error as { errors?: { text: string }[] }).errors;
  return errors?.map(({ text }) => text).join('; ') ?? (error instanceof Error ? error.message : String(error));
}

const ON_DEMAND = Symbol('on-demand');

/** Leaves each `import()` of a file as a placeholder, and lists the file; the second build bundles it. */
function leaveOnDemand(files: string[]): Plugin {
  return {
    name: 'course:on-demand',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^\./ }, async ({ path, kind, resolveDir, importer, pluginData }) => {
        // The resolve below comes back here: esbuild's own resolution answers it.
        if (kind !== 'dynamic-import' || pluginData === ON_DEMAND) return undefined;
        const resolved = await esbuild.resolve(path, { kind, resolveDir, importer, pluginData: ON_DEMAND });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        if (!files.includes(resolved.path)) files.push(resolved.path);
        return { path: `course-on-demand:${files.indexOf(resolved.path)}`, external: true };
      });
    },
  };
}

/** `virtual:course/*`, as Vite serves them in `astro dev`; the course's `#…` modules resolve from the root. */
function courseModules(context: IslandModulesContext, root: string): Plugin {
  return {
    name: 'course:virtual-modules',
    setup(esbuild) {
      // A module's file is named after its path, and a URL of `%23activations.js` would be read as `#activations.js`:
      // the path is the id with `_` for `%`, as Vite named them, and the id goes along with it.
      esbuild.onResolve({ filter: /^virtual:course\// }, ({ path }) => ({ path: path.replaceAll('%', '_'), namespace: 'course', pluginData: path }));
      esbuild.onLoad({ filter: /.*/, namespace: 'course' }, async ({ path, pluginData }) => {
        const id = typeof pluginData === 'string' ? pluginData : path;
        try {
          const contents = await islandModuleCode(id.slice(VIRTUAL_PREFIX.length), context);
          if (contents === undefined) return { errors: [{ text: `${id} is not one of the course's modules for the islands` }] };
          return { contents, loader: 'js', resolveDir: root };
        } catch (error) {
          return { errors: [{ text: error instanceof Error ? error.message : String(error) }] };
        }
      });
    },
  };
}

/** The editor, imported on first Edit, and the workers' `?worker&url`, as the prebundled files' URLs. */
function prebundledIslands(prebundled: ReadonlyMap<PrebundledName, PrebundledFile>, prefix: string): Plugin {
  const urlOf = (name: PrebundledName) => {
    const file = prebundled.get(name);
    if (!file) throw new Error(`the prebundled island ${name} is missing`);
    return prefix + file.fileName;
  };
  const prebundledAt = (file: string) => (Object.keys(PREBUNDLED) as PrebundledName[]).find((name) => PREBUNDLED[name].entry === file);
  return {
    name: 'course:prebundled',
    setup(esbuild) {
      esbuild.onResolve({ filter: /(?:editor|worker|worker-edited)\.ts(?:\?worker&url)?$/ }, ({ path, resolveDir }) => {
        const [file = '', query] = path.split('?');
        const name = prebundledAt(resolve(resolveDir, file));
        if (name === 'editor' && query === undefined) return { path: urlOf(name), external: true };
        if (name && name !== 'editor' && query === 'worker&url') return { path: name, namespace: 'prebundled-url' };
        return undefined;
      });
      esbuild.onLoad({ filter: /.*/, namespace: 'prebundled-url' }, ({ path }) => ({ contents: `export default ${JSON.stringify(urlOf(path as PrebundledName))};`, loader: 'js' }));
    },
  };
}

