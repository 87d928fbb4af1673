/**
 * Calls `start` when Vite begins the browser's bundle: by then the pages'
 * server bundle is done, so every lesson has compiled and every example has
 * run. Work that needs only that (the downloads, the font cutter's start)
 * begins there, while the pages are generated, instead of after they are
 * written. (Begun earlier, as Rolldown writes the server bundle, it slowed
 * that: a 6-lesson build took 2 % longer and 8 % more CPU.)
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
