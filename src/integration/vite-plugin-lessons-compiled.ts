/**
 * Calls `start` once the pages' server bundle has every module (Rolldown
 * has yet to write it): by then every lesson has compiled and every example
 * has run. Work that needs only that (the islands' bundle, the downloads, the
 * font cutter's start) begins there, while Rolldown writes that bundle on
 * threads of its own and Vite makes the client's, instead of after the pages
 * are written.
 */
import type { Plugin } from 'vite';

/** Astro's environments that bundle the pages (prerendered, and on demand). */
export const SERVER_ENVIRONMENTS: ReadonlySet<string> = new Set(['prerender', 'ssr']);

export function vitePluginLessonsCompiled(start: () => Promise<unknown>): Plugin {
  let started = false;
  return {
    name: 'course:lessons-compiled',
    apply: 'build',
    buildEnd(error) {
      if (error || started || !SERVER_ENVIRONMENTS.has(this.environment.name)) return;
      started = true;
      void start().catch(() => undefined);
    },
  };
}
