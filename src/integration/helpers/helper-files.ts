/**
 * The files the generator's helper threads and processes start from: the
 * runner's thread, the example processes, the highlighting thread and the
 * font cutter's process. Each is written in TypeScript, and Node strips a
 * TypeScript file's types with a WebAssembly compiler that every thread and
 * process loads anew: about 40 ms of a core each, before the first line runs.
 * So `astro build` and `astro dev` bundle them to JavaScript first
 * (bundle-helpers.ts), and each is started from its bundle; one without a
 * bundle starts from its source, as `npm run examples:update` and the tests
 * start them.
 *
 * A thread that starts a helper of its own (the runner's, which starts the
 * example processes) is given these files in its workerData.
 */
import { fileURLToPath } from 'node:url';

/** Each helper's entry file (its source), by name. */
export const HELPER_SOURCES = {
  'runner-thread': fileURLToPath(new URL('../examples/runner-thread.ts', import.meta.url)),
  'example-process': fileURLToPath(new URL('../examples/example-process.ts', import.meta.url)),
  'highlight-thread': fileURLToPath(new URL('../highlight/highlight-thread.ts', import.meta.url)),
  'font-cutter-process': fileURLToPath(new URL('../fonts/font-cutter-process.ts', import.meta.url)),
} as const;

export type HelperName = keyof typeof HELPER_SOURCES;

/** The bundled file of each helper that has one (absolute paths). */
export type HelperFiles = Partial<Record<HelperName, string>>;

let bundled: HelperFiles = {};

/** This thread's helpers start from these bundles from now on. */
export function useHelperFiles(files: HelperFiles): void {
  bundled = { ...files };
}

/** The bundles this thread's helpers start from (to hand to a thread it starts). */
export function helperFiles(): HelperFiles {
  return { ...bundled };
}

/** The file to start a helper from: its bundle if there is one, else its source. */
export function helperFile(name: HelperName): string {
  return bundled[name] ?? HELPER_SOURCES[name];
}
