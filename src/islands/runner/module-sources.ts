/**
 * The bundled course modules, fetched by the page only when a run needs them:
 * each is its own small chunk (see integration/client-bundle/bundle-islands.ts), so a
 * lesson whose examples import nothing heavy fetches nothing heavy.
 */
import { sources as loaders } from 'virtual:course/module-sources';
import type { ModuleSources } from '../../example-runtime/modules.ts';

const loaded = new Map<string, Promise<string>>();

/** The code of each known key; an unknown one is left out, and the run reports it as not found. */
export async function loadSources(keys: readonly string[]): Promise<ModuleSources> {
  const entries = await Promise.all(
    keys.flatMap((key) => {
      const loader = loaders[key];
      if (!loader) return [];
      let code = loaded.get(key);
      if (!code) {
        code = loader().then((module) => module.default);
        loaded.set(key, code);
      }
      return [code.then((text) => [key, text] as const)];
    }),
  );
  return Object.fromEntries(entries);
}
