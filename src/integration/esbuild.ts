/**
 * esbuild for the generator's build steps, loaded with `require`. It is a
 * CommonJS package, and before an ES module's `import` of one Node lexes its
 * entry file for the names it exports: 97 kB here, about 40 ms (80 ms of CPU)
 * in every thread that loads it, the build's own among them. `require` skips that.
 */
import { createRequire } from 'node:module';

export const { build, version } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
