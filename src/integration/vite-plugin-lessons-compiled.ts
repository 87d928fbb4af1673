/**
 * Calls `start` when Vite begins the browser's bundle (the islands): by then
 * the pages' server bundle is done, so every lesson has compiled and every
 * example has run. Work that needs only that (the downloads, the font cutter's
 * start) begins there, beside a bundle Rolldown makes on threads of its own,
 * instead of after the pages are written.
 */
import type { Plugin } from 'vite';

export function vitePluginLessonsCompiled(start: () => Promise<unknown>): Plugin {
  return {
    name: 'course:lessons-compiled',
    apply: 'build',
    buildStart() {
      if (this.environment.name === 'client') void start().catch(() => undefined);
    },
  };
}
