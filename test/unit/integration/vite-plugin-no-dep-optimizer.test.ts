import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { describe, expect, test } from 'vitest';
import { vitePluginNoDepOptimizer } from '../../../src/integration/vite-plugin-no-dep-optimizer.ts';

/** What Astro's dev toolbar asks of the client's environment (astro: vite-plugin-environment, vite-plugin-dev-toolbar). */
const toolbarDeps: Plugin = {
  name: 'toolbar-deps',
  config: () => ({ optimizeDeps: { include: ['astro > aria-query'] } }),
  configEnvironment: (name) => (name === 'client' ? { optimizeDeps: { include: ['astro > html-escaper'] } } : undefined),
};

/** A dev server as `astro build` makes one to sync its types (astro: core/sync `createTempViteServer`). */
async function syncServer(plugins: Plugin[], cacheDir: string) {
  return createServer({
    cacheDir,
    configFile: false,
    root: process.cwd(),
    logLevel: 'silent',
    plugins,
    server: { middlewareMode: true, hmr: false, watch: null, ws: false },
    optimizeDeps: { noDiscovery: true },
  });
}

describe('vitePluginNoDepOptimizer()', () => {
  test("the dev server a build syncs its types with pre-bundles no dependency, whatever the other plugins include", async () => {
    // Its own cache folder: the server without the plugin may start bundling there.
    const cacheDir = await mkdtemp(join(tmpdir(), 'dep-optimizer-'));
    const without = await syncServer([toolbarDeps], cacheDir);
    const withIt = await syncServer([vitePluginNoDepOptimizer(), toolbarDeps], cacheDir);
    try {
      // Without the plugin the toolbar's dependencies would be bundled into node_modules/.vite/deps.
      expect(without.environments.client.depsOptimizer).toBeDefined();
      expect(withIt.environments.client.depsOptimizer).toBeUndefined();
      expect(withIt.environments.client.config.optimizeDeps.include).toEqual([]);
    } finally {
      await Promise.all([without.close(), withIt.close()]);
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});
