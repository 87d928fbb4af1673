/**
 * Starts `load` when Vite begins bundling the browser's code (the islands), the
 * build's last bundle: Rolldown bundles on threads of its own, so the build's
 * thread mostly waits then, and the modules it needs after the build load, and
 * the work that needs only the lessons (their downloads) is done, in that time.
 */
import type { Plugin } from 'vite';

export function vitePluginLoadAhead(load: () => Promise<unknown>): Plugin {
  return {
    name: 'course:load-ahead',
    apply: 'build',
    buildStart() {
      if (this.environment.name === 'client') void load().catch(() => undefined);
    },
  };
}
