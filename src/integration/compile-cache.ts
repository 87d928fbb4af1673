/**
 * Node's compile cache for the build: V8 keeps the code it compiled for each
 * JavaScript and TypeScript file of the generator and its packages on disk,
 * keyed by the file's content and Node's version, so the next build (a cold
 * one too: it holds nothing of the course) loads Astro, Vite, Shiki, KaTeX,
 * Sucrase and TypeScript without compiling them again. On a 6-lesson chapter
 * that is about a second of a 4-5 s build. Vite's and TypeScript's own CLIs
 * turn it on the same way; `NODE_DISABLE_COMPILE_CACHE=1` turns it off.
 *
 * `astro build` and `astro dev` turn it on as Astro's CLI starts (outside
 * CI), before the config loads; this turns it on where they did not (in CI,
 * and for Astro's API, as the tests and benchmarks call it), for what loads
 * after it: the integration's own static imports are compiled before any of
 * them runs, so there only the modules it imports later are kept. Either way
 * the directory is passed on in the environment, so the example processes,
 * the type-check's process and the threads use it too.
 */
import { constants, enableCompileCache } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Node's own default directory, shared with every tool that enables it without one.
const directory = process.env.NODE_COMPILE_CACHE || join(tmpdir(), 'node-compile-cache');
const { status } = enableCompileCache(directory);
if (status === constants.compileCacheStatus.ENABLED || status === constants.compileCacheStatus.ALREADY_ENABLED) {
  if (!process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = directory;
}
