/**
 * The code of the virtual modules through which the islands reach the course,
 * the same whether Vite serves them (`astro dev`, vite-plugin-course.ts) or
 * esbuild bundles them for a build (client-bundle/bundle-islands.ts):
 *
 *   virtual:course/config              the resolved course() options, and `display` by name
 *   virtual:course/modules             a loader per course module (`#…` in package.json
 *                                      `imports`), for figures at build and explorers in the page
 *   virtual:course/module-sources      a loader per module examples import (and the
 *                                      generator's own, such as `course:plot`), each giving
 *   virtual:course/module-source/<key> the bundled script the page's example worker runs
 */
import type { ResolvedCourseOptions } from '../options.ts';
import type { ModuleBundler } from './bundle-modules.ts';
import { GENERATOR_MODULES } from './generator-modules.ts';

export const VIRTUAL_PREFIX = 'virtual:course/';
export const SOURCE_PREFIX = `${VIRTUAL_PREFIX}module-source/`;

export interface IslandModulesContext {
  options: ResolvedCourseOptions;
  /** The course's `#…` modules (modules/course-modules.ts). */
  courseModules: readonly string[];
  bundler: ModuleBundler;
  /** The module keys examples have imported so far (relative files and npm packages among them). */
  exampleModules: () => Iterable<string>;
}

/** The code of `virtual:course/config`: the options, and `display` by name (the example runner's only need). */
function courseConfigModule(options: ResolvedCourseOptions): string {
  return `export default ${JSON.stringify(options)};\nexport const display = ${JSON.stringify(options.display)};`;
}

/**
 * The code of the virtual module `virtual:course/<name>`, or undefined for a name that is not one of these.
 * Throws with the bundler's message when a module examples import cannot be bundled.
 */
export async function islandModuleCode(name: string, { options, courseModules, bundler, exampleModules }: IslandModulesContext): Promise<string | undefined> {
  if (name === 'config') return courseConfigModule(options);
  if (name === 'modules') {
    const entries = courseModules.map((specifier) => `  ${JSON.stringify(specifier)}: () => import(${JSON.stringify(specifier)}),`);
    return `export const modules = {\n${entries.join('\n')}\n};`;
  }
  if (name === 'module-sources') {
    // The generator's modules (`course:plot`) are listed always: an edited example may import one the lesson did not.
    const keys = [...new Set([...courseModules, ...Object.keys(GENERATOR_MODULES), ...exampleModules()])].toSorted();
    const entries = keys.map((key) => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(SOURCE_PREFIX + encodeURIComponent(key))}),`);
    return `export const sources = {\n${entries.join('\n')}\n};`;
  }
  const source = SOURCE_PREFIX.slice(VIRTUAL_PREFIX.length);
  if (name.startsWith(source)) {
    const bundle = await bundler.bundle(decodeURIComponent(name.slice(source.length)));
    if (bundle.kind === 'error') throw new Error(bundle.message);
    return `export default ${JSON.stringify(bundle.code)};`;
  }
  return undefined;
}
