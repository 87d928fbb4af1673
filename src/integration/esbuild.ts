/**
 * esbuild for the generator's build steps, loaded with `require`. It is a
 * CommonJS package, and before an ES module's `import` of one Node lexes its
 * entry file for the names it exports: 97 kB here, about 40 ms (80 ms of CPU)
 * in every thread that loads it, the build's own among them. `require` skips that.
 */
import { createRequire } from 'node:module';

export const { build, transform, version } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');

/**
 * Starts esbuild's service in this process now, as a build is set up. Astro's environment variables step
 * (its vite-plugin-import-meta-env) transforms some of Astro's own modules with esbuild in the middle of
 * Vite's server bundle, and would start it there: a fork of the build's process, grown large by then, and
 * esbuild's search for its binary, about 60 ms of the build's thread. Astro's `import` of esbuild is this
 * same module (Node's `import` of a CommonJS package returns the one `require` loaded), so that step, and
 * the islands' bundle after it, find the service running.
 */
export function startEsbuildService(): void {
  transform('').catch(() => undefined);
}
