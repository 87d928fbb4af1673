/**
 * Keeps what esbuild makes of the generator's own code from one build to the
 * next: the islands it prebundles (client-bundle/prebundle-islands.ts) and the
 * helpers' bundles (helpers/bundle-helpers.ts). Those bundles are made of the
 * generator's files and its packages, never of a course, so a build that
 * starts cold for its course (its output and caches removed) reuses them, as
 * it reuses Node's compiled code of Astro and Vite.
 * They are kept beside that code, in Node's compile cache folder
 * (compile-cache.mjs), and go with it: `NODE_DISABLE_COMPILE_CACHE=1` makes
 * every build bundle them anew.
 *
 * A kept bundle lists every file esbuild read for it, with a hash of each
 * one's content, and is used only while every one of them is unchanged: an
 * edit to the generator, or another version of a package, bundles it anew.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import module from 'node:module';
import { join } from 'node:path';

/** What a build made: its result (JSON), and the files it read (absolute paths) with the size it read of each. */
export interface Built<T> {
  value: T;
  inputs: readonly { path: string; bytes: number }[];
}

interface Kept<T> {
  /** Each file the build read, with the SHA-256 of its content. */
  inputs: Record<string, string>;
  value: T;
}

/** The folder bundles are kept in; undefined when Node's compile cache is off. */
export function bundleCacheDir(): string | undefined {
  const compileCache = module.getCompileCacheDir();
  return compileCache === undefined ? undefined : join(compileCache, 'course-bundles');
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

function contentOf(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function hashOf(file: string): string | undefined {
  const content = contentOf(file);
  return content && sha256(content);
}

/**
 * The kept result, if every file it was made from is as it was. Read at once, not file by file through
 * the thread pool: as a build starts, each of those turns waits behind the rest of the build's reads.
 */
function reusable<T>(file: string): T | undefined {
  let kept: Kept<T>;
  try {
    kept = JSON.parse(readFileSync(file, 'utf8')) as Kept<T>;
  } catch {
    return undefined;
  }
  return Object.entries(kept.inputs).every(([path, hash]) => hashOf(path) === hash) ? kept.value : undefined;
}

/** Writes `text` to `file` aside and renames it, so a build reading it at the same time never sees half of it. */
export async function writeWhole(file: string, text: string): Promise<void> {
  await mkdir(join(file, '..'), { recursive: true });
  const aside = `${file}.${randomUUID()}`;
  await writeFile(aside, text);
  await rename(aside, file);
}

async function keep<T>(file: string, built: Built<T>): Promise<void> {
  const contents = built.inputs.map(({ path }) => contentOf(path));
  // A file gone or changed since the bundler read it (an edit saved during the build): the result may be
  // of its old content, which its hash would not tell, so it is not kept.
  if (contents.some((content, index) => content?.length !== built.inputs[index]!.bytes)) return;
  const kept: Kept<T> = { inputs: Object.fromEntries(built.inputs.map(({ path }, index) => [path, sha256(contents[index]!)])), value: built.value };
  await writeWhole(file, JSON.stringify(kept));
}

/**
 * The result of `build`, kept under `name` and `settings` (everything besides the files read that decides
 * what it makes: entries, targets, the bundler's version) and reused while its files are unchanged.
 * @param dir where results are kept; undefined builds every time
 */
export async function cachedBuild<T>(dir: string | undefined, name: string, settings: unknown, build: () => Promise<Built<T>>): Promise<T> {
  if (dir === undefined) return (await build()).value;
  const file = join(dir, `${name}-${sha256(JSON.stringify(settings)).slice(0, 16)}.json`);
  const kept = reusable<T>(file);
  if (kept !== undefined) return kept;
  const built = await build();
  // A cache that cannot be written costs the next build the bundling, nothing else.
  await keep(file, built).catch(() => undefined);
  return built.value;
}
