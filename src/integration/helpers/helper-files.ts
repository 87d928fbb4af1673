/**
 * The files the generator's helper processes start from: the example
 * runner's, the example processes, the highlighter's and the font cutter's.
 * Each is written in TypeScript, and Node strips a TypeScript file's types
 * with a WebAssembly compiler that every process loads anew: about 40 ms of
 * a core each, before the first line runs.
 * So `astro build` and `astro dev` bundle them to JavaScript first
 * (bundle-helpers.ts), and each is started from its bundle; one without a
 * bundle starts from its source, as `npm run examples:update` and the tests
 * start them.
 *
 * A helper that starts a helper of its own (the runner's, which starts the
 * example processes) is given these files as it starts.
 */
import { fileURLToPath } from 'node:url';

/** Each helper's entry file (its source), by name. */
export const HELPER_SOURCES = {
  'runner-process': fileURLToPath(new URL('../examples/runner-process.ts', import.meta.url)),
  'example-process': fileURLToPath(new URL('../examples/example-process.ts', import.meta.url)),
  'highlight-process': fileURLToPath(new URL('../highlight/highlight-process.ts', import.meta.url)),
  'font-cutter-process': fileURLToPath(new URL('../fonts/font-cutter-process.ts', import.meta.url)),
} as const;

export type HelperName = keyof typeof HELPER_SOURCES;

/** The bundled file of each helper that has one (absolute paths). */
export type HelperFiles = Partial<Record<HelperName, string>>;

let bundled: HelperFiles = {};

/** This process's helpers start from these bundles from now on. */
export function useHelperFiles(files: HelperFiles): void {
  bundled = { ...files };
}

/** The bundles this process's helpers start from (to hand to a helper it starts). */
export function helperFiles(): HelperFiles {
  return { ...bundled };
}

/** The file to start a helper from: its bundle if there is one, else its source. */
export function helperFile(name: HelperName): string {
  return bundled[name] ?? HELPER_SOURCES[name];
}
