/**
 * The runtime every example runs on at build time, as one script
 * (context-runtime.ts with the shared example-runtime/ and its npm packages
 * inside), evaluated afresh in each example's `vm` context. Its hash, with the
 * code of the processes that evaluate it, keys the cache: a change to how
 * examples run or print re-runs them all.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface RuntimeBundle {
  code: string;
  hash: string;
}

const ENTRY = fileURLToPath(new URL('./context-runtime.ts', import.meta.url));
/** The host side of a run: what decides timeouts, timers and the words for a dead process. */
const HOST_FILES = ['./example-process.ts', './example-scope.ts', './process-pool.ts'].map((file) => fileURLToPath(new URL(file, import.meta.url)));

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
    });
    const code = result.outputFiles[0]?.text ?? '';
    const host = await Promise.all(HOST_FILES.map((file) => readFile(file, 'utf8')));
    return { code, hash: createHash('sha256').update([code, ...host].join('\0')).digest('hex') };
  })();
  return bundled;
}
