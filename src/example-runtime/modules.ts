/**
 * The modules an example imports, the same way at build time (Node) and in the
 * page (a Web Worker). Each module the course offers is bundled once by the
 * build (integration/modules/) into one CommonJS script with its dependencies
 * inside; a run evaluates the scripts its example imports, afresh, so runs
 * share no module state.
 *
 * A module is known by its key: the specifier as written for `#…` imports
 * (package.json `imports`) and npm packages, and for a relative import the
 * path of the file from the project root, e.g. `/src/helpers.ts`, so two
 * lessons that reach one file by different relative paths share it.
 */
import { OWN_REALM, type ProgramRealm } from './realm.ts';

/** Bundled module code by key. */
export type ModuleSources = Readonly<Record<string, string>>;

/** True for `./x` and `../x`: a file of the project, resolved from the lesson's folder. */
export function isRelative(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../');
}

/**
 * The key of a specifier imported by a lesson in `lessonDir` (a root-relative
 * folder such as `/content/activations/`).
 *
 * @example
 * moduleKey('#lib', '/content/ch/'); // returns '#lib'
 * moduleKey('../../src/helpers.ts', '/content/ch/'); // returns '/src/helpers.ts'
 */
export function moduleKey(specifier: string, lessonDir: string): string {
  if (!isRelative(specifier)) return specifier;
  const parts: string[] = [];
  for (const part of `${lessonDir}/${specifier}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/**
 * Runs one bundled module and returns its exports. The module is named in
 * stack traces (`course-module:#activations`), so an error thrown inside it is
 * located at the line of the example that called it, not in the module.
 * It runs in `realm`, the program's (realm.ts).
 */
export function evaluateModule(code: string, key = 'module', realm: ProgramRealm = OWN_REALM): unknown {
  // Made in the program's realm, as everything the module's code can reach.
  const module = new realm.Object() as { exports: unknown };
  module.exports = new realm.Object();
  const noRequire = (specifier: string) => {
    throw new realm.Error(`Cannot find module '${specifier}': a course module's dependencies are bundled into it`);
  };
  new realm.Function('module', 'exports', 'require', `${code}\n//# sourceURL=course-module:${key}`)(module, module.exports, noRequire);
  return module.exports;
}
