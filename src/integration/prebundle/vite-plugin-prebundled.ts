/**
 * Gives Vite's client build the islands esbuild bundled ahead
 * (prebundle-islands.ts) in place of bundling them itself: the workers'
 * `./worker.ts?worker&url` becomes the URL of the prebuilt file, and the
 * controller's `import('./editor.ts')` an import of the prebuilt editor, by
 * its URL, left as it is. Each file is written among Vite's own assets, with a
 * hash of its content in its name, so a page caches it as it cached Vite's.
 *
 * Only `astro build`'s client bundle: in `astro dev` Vite serves the sources.
 */
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { PREBUNDLED, type Prebundle, type PrebundledName } from './prebundle-islands.ts';

const URL_MODULE = '\0course:prebundled-url/';

/** The prebundled island a relative import names, if it names one. */
function prebundledFor(source: string, importer: string | undefined): { name: PrebundledName; query: string } | undefined {
  if (!importer || !source.startsWith('.')) return undefined;
  const [path = '', query = ''] = source.split('?');
  const file = resolve(dirname(importer.split('?')[0] ?? ''), path);
  const name = (Object.keys(PREBUNDLED) as PrebundledName[]).find((key) => PREBUNDLED[key].entry === file);
  return name && { name, query };
}

/** What the plugin uses of Vite's build context. */
interface EmitContext {
  environment: { config: { base: string; build: { assetsDir: string } } };
  emitFile(file: { type: 'asset'; fileName: string; source: string }): string;
}

export function vitePluginPrebundled(prebundle: () => Prebundle | undefined): Plugin {
  let emitted = new Set<PrebundledName>();

  /** Writes the file among the build's assets (once a build) and gives its URL under the site's base. */
  async function emit(context: EmitContext, name: PrebundledName): Promise<string> {
    const file = (await prebundle())?.get(name);
    if (!file) throw new Error(`the prebundled island ${name} is missing`);
    const { base, build } = context.environment.config;
    const fileName = `${build.assetsDir}/${file.fileName}`;
    if (!emitted.has(name)) {
      emitted.add(name);
      context.emitFile({ type: 'asset', fileName, source: file.code });
    }
    return `${base}${fileName}`;
  }

  return {
    name: 'course:prebundled',
    apply: 'build',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client' && prebundle() !== undefined,
    buildStart() {
      emitted = new Set();
    },
    // Filtered by id, so Rolldown calls into JavaScript only for imports that may name a prebundled island.
    resolveId: {
      filter: { id: /(?:editor|worker|worker-edited)\.ts(?:\?worker&url)?$/ },
      async handler(source, importer) {
        const found = prebundledFor(source, importer);
        if (found?.name === 'editor' && found.query === '') return { id: await emit(this, found.name), external: 'absolute' };
        if (found && found.name !== 'editor' && found.query === 'worker&url') return `${URL_MODULE}${found.name}`;
        return undefined;
      },
    },
    load: {
      filter: { id: /^\0course:prebundled-url\// },
      async handler(id) {
        if (!id.startsWith(URL_MODULE)) return undefined;
        return `export default ${JSON.stringify(await emit(this, id.slice(URL_MODULE.length) as PrebundledName))};`;
      },
    },
  };
}
