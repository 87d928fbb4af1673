// @ts-check
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
 * after it. Either way the directory is passed on in the environment, so the
 * helper processes and the type-check's process use it too.
 *
 * The cache also keeps the generator's TypeScript with its types stripped.
 * Node 22 strips them anew on every load, with amaro's WebAssembly on the
 * build's main thread: about 0.2 s of it for the 80 modules a build loads
 * there, 0.07 s of that in starting amaro. Node 23.7 keeps the stripped code
 * in its compile cache (nodejs/node#56629); on Node 22 the load hook below
 * does the same, in the cache's folder, keyed by Node's version and the
 * file's text. The stripped code keeps every line and column where they were,
 * as Node's own does, so stack traces do not change. It is this file's own
 * JavaScript, not TypeScript, because a hook only sees what loads after it:
 * `course.mjs` loads it, then the integration.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Node's own default directory, shared with every tool that enables it without one.
const directory = process.env.NODE_COMPILE_CACHE || join(tmpdir(), 'node-compile-cache');
const { status } = module.enableCompileCache(directory);
const enabled = status === module.constants.compileCacheStatus.ENABLED || status === module.constants.compileCacheStatus.ALREADY_ENABLED;
if (enabled && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = directory;

/** Where the stripped TypeScript is kept: beside V8's code, in the folder of this version of Node (amaro comes with it). */
const strippedDirectory = join(module.getCompileCacheDir() ?? directory, 'stripped-typescript');

/** Node's stripping, without its warning that the function is experimental: the cache is per version of Node. */
function stripTypes(/** @type {string} */ source) {
  const emitWarning = process.emitWarning;
  process.emitWarning = () => undefined;
  try {
    return module.stripTypeScriptTypes(source);
  } finally {
    process.emitWarning = emitWarning;
  }
}

/**
 * The stripped code of a TypeScript file, from the cache or stripped now and kept; undefined when Node
 * cannot strip it (an enum, say), so Node's own load reports that, naming the file and line.
 */
function stripped(/** @type {URL} */ url) {
  const source = readFileSync(url, 'utf8');
  const file = join(strippedDirectory, `${createHash('sha256').update(source).digest('hex')}.js`);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // Not kept yet: stripped below.
  }
  let code;
  try {
    code = stripTypes(source);
  } catch {
    return undefined;
  }
  try {
    mkdirSync(strippedDirectory, { recursive: true });
    // Written aside and renamed, so a build loading the same file at once never reads half of it.
    const aside = `${file}.${randomUUID()}`;
    writeFileSync(aside, code);
    renameSync(aside, file);
  } catch {
    // A cache that cannot be written costs the next build the stripping, nothing else.
  }
  return code;
}

// registerHooks is Node >= 22.15 (stripTypeScriptTypes 22.13); without it, or without a cache, Node strips as before.
if (enabled && typeof module.registerHooks === 'function') {
  module.registerHooks({
    load(url, context, nextLoad) {
      // ES modules in TypeScript outside node_modules: where Node itself strips types.
      if (context.format !== 'module-typescript' || !url.startsWith('file:') || url.includes('/node_modules/')) return nextLoad(url, context);
      const source = stripped(new URL(url));
      return source === undefined ? nextLoad(url, context) : { format: 'module', source, shortCircuit: true };
    },
  });
}
