/**
 * The runtime every example runs on at build time, as one script
 * (context-runtime.ts with the shared example-runtime/ and its npm packages
 * inside), evaluated afresh in each example's `vm` context. Made only when an
 * example is to run; the cache keys on fingerprints.ts instead.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { build } from '../esbuild.ts';
import { INSPECT_GLOBAL } from './process-protocol.ts';

export interface RuntimeBundle {
  code: string;
}

const ENTRY = fileURLToPath(new URL('./context-runtime.ts', import.meta.url));

/**
 * node-inspect-extracted (Node's util.inspect and util.format) is the one
 * part of the runtime not evaluated afresh in each context: building its copy
 * of Node's primordials walks every built-in of the realm, about 5 ms of CPU a
 * context, more than everything else an example costs. Every context uses
 * the example process's single copy instead, which prints values of another
 * realm exactly as its own (example-process.ts makes errors, the one
 * exception, work too; test/build/examples.test.ts holds every output).
 */
const sharedInspect: Plugin = {
  name: 'shared-inspect',
  setup(build) {
    build.onResolve({ filter: /^node-inspect-extracted$/ }, () => ({ path: 'node-inspect-extracted', namespace: 'shared-inspect' }));
    // An ES module naming what the runtime imports: as CommonJS, esbuild's interop would copy every export
    // of the package onto a new object at each import, in every context (a name not listed fails the bundle).
    build.onLoad({ filter: /.*/, namespace: 'shared-inspect' }, () => ({
      contents: `const shared = globalThis.${INSPECT_GLOBAL};\nexport const format = shared.format;\nexport const inspect = shared.inspect;`,
      loader: 'js',
    }));
  },
};

let bundled: Promise<RuntimeBundle> | undefined;

/** The runtime bundle, made once per process. */
export function runtimeBundle(): Promise<RuntimeBundle> {
  bundled ??= (async () => {
    const result = await build({
      entryPoints: [ENTRY],
      bundle: true,
      format: 'iife',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      target: 'es2022',
      write: false,
      // Function names show in what examples print and in stack traces.
      keepNames: true,
      logLevel: 'silent',
      legalComments: 'none',
      plugins: [sharedInspect],
    });
    return { code: result.outputFiles[0]?.text ?? '' };
  })();
  return bundled;
}
