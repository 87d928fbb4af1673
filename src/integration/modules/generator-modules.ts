/**
 * The modules the generator itself offers examples, by specifier: built-ins
 * under the `course:` scheme (as Astro's `astro:content`), so they can never
 * clash with a course's `#…` modules or an npm package. The type-check maps
 * each to its file with `paths`, the bundler bundles that file, and the page
 * lists it with the course's modules, so it resolves like one everywhere.
 */
import { fileURLToPath } from 'node:url';

export const GENERATOR_MODULES: Readonly<Record<string, string>> = {
  'course:plot': fileURLToPath(new URL('../../example-runtime/plot/index.ts', import.meta.url)),
};

export function isGeneratorModule(key: string): boolean {
  return Object.hasOwn(GENERATOR_MODULES, key);
}
