/**
 * Hashes of the code that decides what an example prints, read from the
 * files themselves (no bundling, no compiler loaded), so a warm build can key
 * its cache without loading anything it will not use:
 *
 * - the runtime: example-runtime/ (run-program, the printers, the exercise
 *   check), the example processes' own files, and the shared printer's version;
 * - the instrumenter: instrument.ts, the rule and name of what it shows (shown.ts), and the versions
 *   of Sucrase and Acorn.
 *
 * Any edit to one of these files re-runs (or re-instruments) every example:
 * coarse, but never stale.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const RUNTIME_DIR = here('../../example-runtime/');
const HOST_FILES = ['./example-process.ts', './example-scope.ts', './process-pool.ts', './cross-realm.ts', './process-protocol.ts'].map(here);
const INSTRUMENT_FILES = [here('../../example-runtime/instrument.ts'), here('../../example-runtime/shown.ts')];

/** The version of an npm package, from its package.json beside its entry point. */
async function versionOf(name: string): Promise<string> {
  let dir = dirname(createRequire(import.meta.url).resolve(name));
  for (let depth = 0; depth < 4; depth++, dir = dirname(dir)) {
    const manifest = await readFile(join(dir, 'package.json'), 'utf8').catch(() => undefined);
    const parsed = manifest === undefined ? undefined : (JSON.parse(manifest) as { name?: string; version?: string });
    if (parsed?.name === name) return `${name}@${parsed.version ?? '?'}`;
  }
  return `${name}@?`;
}

async function hashOf(files: readonly string[], packages: readonly string[]): Promise<string> {
  const texts = await Promise.all(files.toSorted().map(async (file) => `${file.slice(file.lastIndexOf('/src/'))}\0${await readFile(file, 'utf8')}`));
  const versions = await Promise.all(packages.map(versionOf));
  return createHash('sha256').update([...texts, ...versions].join('\0')).digest('hex');
}

let runtime: Promise<string> | undefined;
let instrumenter: Promise<string> | undefined;

/** Changes whenever what a run prints may change. */
export function runtimeHash(): Promise<string> {
  runtime ??= (async () => {
    const entries = await readdir(RUNTIME_DIR, { recursive: true, withFileTypes: true });
    const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts')).map((entry) => join(entry.parentPath, entry.name));
    return hashOf([...files, ...HOST_FILES], ['node-inspect-extracted']);
  })();
  return runtime;
}

/** Changes whenever the program made from an example's code may change. */
export function instrumentHash(): Promise<string> {
  instrumenter ??= hashOf(INSTRUMENT_FILES, ['sucrase', 'acorn']);
  return instrumenter;
}
