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
 * As git's index does, it also keeps each file's status (inode, size, times
 * of change): a file whose status is as kept is not read again. Hashing the
 * 200 files of the two kept bundles took 80 ms of the build's thread as the
 * build started; their statuses take a few.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, type BigIntStats } from 'node:fs';
import module from 'node:module';
import { join } from 'node:path';
import { writeWhole } from './write-whole.ts';

/** What a build made: its result (JSON), and the files it read (absolute paths) with the size it read of each. */
export interface Built<T> {
  value: T;
  inputs: readonly { path: string; bytes: number }[];
}

interface KeptInput {
  /** The SHA-256 of the file's content. */
  sha256: string;
  /** The file's status when its content had that hash (statusOf); absent while it was too recent to vouch for it. */
  status?: string;
}

interface Kept<T> {
  /** Each file the build read. */
  inputs: Record<string, KeptInput>;
  value: T;
}

/**
 * A file's status is kept only once its last change is this much older than the moment it was read:
 * a change made later, in the same tick of the file system's clock (a few milliseconds on Linux, two
 * seconds on FAT), would leave its times as they were. Git's index has the same rule ("racily clean").
 */
const SETTLED_MS = 3000n;

/** What changes whenever a file's content does: its inode, size, and times of modification and of change. */
function statusOf(stats: BigIntStats): string {
  return `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
}

function statOf(file: string): BigIntStats | undefined {
  try {
    return statSync(file, { bigint: true });
  } catch {
    return undefined;
  }
}

/** The file as kept now: the hash of `content`, and its status `stats` if it was settled when it was read. */
function keptInput(stats: BigIntStats | undefined, content: Uint8Array): KeptInput {
  const settled = stats !== undefined && BigInt(Date.now()) * 1_000_000n - stats.ctimeNs > SETTLED_MS * 1_000_000n;
  return { sha256: sha256(content), ...(settled && { status: statusOf(stats) }) };
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

/**
 * The kept result, if every file it was made from is as it was, and whether the record should be written
 * again (a file's content is as kept, but not its status: a fresh checkout, or a file that has settled).
 * Read at once, not file by file through the thread pool: as a build starts, each of those turns waits
 * behind the rest of the build's reads.
 */
function reusable<T>(file: string): { kept: Kept<T>; restat: boolean } | undefined {
  let kept: Kept<T>;
  try {
    kept = JSON.parse(readFileSync(file, 'utf8')) as Kept<T>;
  } catch {
    return undefined;
  }
  let restat = false;
  for (const [path, input] of Object.entries(kept.inputs)) {
    // The status is read before the content, so a file changed in between is kept with the older status.
    const stats = statOf(path);
    if (stats === undefined) return undefined;
    if (input.status !== undefined && input.status === statusOf(stats)) continue;
    const content = contentOf(path);
    if (content === undefined || sha256(content) !== input.sha256) return undefined;
    const now = keptInput(stats, content);
    if (now.status !== undefined) {
      kept.inputs[path] = now;
      restat = true;
    }
  }
  return { kept, restat };
}

async function keep<T>(file: string, built: Built<T>): Promise<void> {
  const stats = built.inputs.map(({ path }) => statOf(path));
  const contents = built.inputs.map(({ path }) => contentOf(path));
  // A file gone or changed since the bundler read it (an edit saved during the build): the result may be
  // of its old content, which its hash would not tell, so it is not kept.
  if (contents.some((content, index) => content?.length !== built.inputs[index]!.bytes)) return;
  const inputs = Object.fromEntries(built.inputs.map(({ path }, index) => [path, keptInput(stats[index], contents[index]!)]));
  await writeWhole(file, JSON.stringify({ inputs, value: built.value } satisfies Kept<T>));
}

/**
 * The result of `build`, kept under `name` and `settings` (everything besides the files read that decides
 * what it makes: entries, targets, the bundler's version) and reused while its files are unchanged.
 * @param dir where results are kept; undefined builds every time
 */
export async function cachedBuild<T>(dir: string | undefined, name: string, settings: unknown, build: () => Promise<Built<T>>): Promise<T> {
  if (dir === undefined) return (await build()).value;
  const file = join(dir, `${name}-${sha256(JSON.stringify(settings)).slice(0, 16)}.json`);
  const reused = reusable<T>(file);
  if (reused !== undefined) {
    // So the next build need not read those files either; one that cannot write it reads them again.
    if (reused.restat) writeWhole(file, JSON.stringify(reused.kept)).catch(() => undefined);
    return reused.kept.value;
  }
  const built = await build();
  // A cache that cannot be written costs the next build the bundling, nothing else.
  await keep(file, built).catch(() => undefined);
  return built.value;
}
