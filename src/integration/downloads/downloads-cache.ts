/**
 * The downloads of the last build, kept in Astro's cache folder, so a build
 * that changed nothing a zip is made from copies the zip instead of making it
 * again (at 100 lessons, making them took about a second of the build's thread).
 *
 * A zip is reused when its key matches: a hash of what it is made from — the
 * lesson's text, content/chapters.yaml, the download's options, the generator's
 * own code for downloads and for running examples (whose outputs the notebooks
 * carry), Node's version and the project's package-lock.json — and when every
 * course file the last build's
 * downloads carried (the library, package.json) reads as it did then. The zips
 * are kept as files beside the cache's index (`downloads.json`), in a folder of
 * the same name, and copied.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Entry {
  key: string;
  /** Where the zip goes in the site. */
  site: string;
}

interface Stored {
  generator: string;
  /** Project-relative path → hash of its text, for every course file the downloads read. */
  courseFiles: Record<string, string>;
  zips: Record<string, Entry>;
}

/** The generator's code a download depends on: its own, the examples' runtime (outputs, display), lib/. */
const GENERATOR_DIRS = ['../downloads', '../../example-runtime', '../../lib'].map((dir) => fileURLToPath(new URL(`${dir}/`, import.meta.url)));

export function hashOf(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:${part}`);
  return hash.digest('base64url').slice(0, 22);
}

async function generatorHash(root: string): Promise<string> {
  // Every file read at once: the downloads begin while the pages are generated, and one file after the
  // other, each read waited its turn of that busy event loop (some 200 turns for the generator's 50 files).
  const perDir = await Promise.all(
    GENERATOR_DIRS.map(async (dir) => {
      const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).toSorted();
      return Promise.all(files.map(async (file) => [file.slice(dir.length), await readFile(file, 'utf8')]));
    }),
  );
  const lock = await readFile(join(root, 'package-lock.json'), 'utf8').catch(() => '');
  return hashOf(process.version, lock, ...perDir.flat(2));
}

export class DownloadsCache {
  readonly #file: string | undefined;
  readonly #root: string;
  readonly #generator: string;
  readonly #previous: Record<string, Entry>;
  readonly #previousFiles: Record<string, string>;
  readonly #next: Record<string, Entry> = {};
  /** How many zips were copied from the last build. */
  reused = 0;

  private constructor(file: string | undefined, root: string, generator: string, previous?: Stored) {
    this.#file = file;
    this.#root = root;
    this.#generator = generator;
    this.#previous = previous?.zips ?? {};
    this.#previousFiles = previous?.courseFiles ?? {};
  }

  /** The last build's zips, or none when `file` is undefined (no cache), missing, or stale. */
  static async open(file: string | undefined, root: string): Promise<DownloadsCache> {
    const generator = await generatorHash(root);
    if (!file) return new DownloadsCache(undefined, root, generator);
    const stored = await readFile(file, 'utf8').then((text) => JSON.parse(text) as Stored, () => undefined);
    const fresh = stored?.generator === generator && (await unchanged(root, stored.courseFiles));
    return new DownloadsCache(file, root, generator, fresh ? stored : undefined);
  }

  get #folder(): string {
    return this.#file!.replace(/\.json$/, '');
  }

  /**
   * Whether last time's zip for `id` (a lesson's file, a chapter's zip) was made from `inputs`; if so,
   * `copy` writes it into the site.
   */
  has(id: string, inputs: readonly string[]): boolean {
    return this.#file !== undefined && this.#previous[id]?.key === hashOf(...inputs);
  }

  /** Copies last time's zip for `id` to `outDir`; returns where it went in the site. */
  async copy(id: string, outDir: string): Promise<{ site: string; bytes: number }> {
    const entry = this.#previous[id]!;
    const target = join(outDir, entry.site);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(this.#folder, `${entry.key}.zip`), target);
    this.#next[id] = entry;
    this.reused++;
    return { site: entry.site, bytes: (await stat(target)).size };
  }

  /** Keeps the zip written at `outDir`/`site` for `id`, made from `inputs`, for the next build. */
  async keep(id: string, inputs: readonly string[], outDir: string, site: string): Promise<void> {
    if (!this.#file) return;
    const key = hashOf(...inputs);
    await mkdir(this.#folder, { recursive: true });
    await copyFile(join(outDir, site), join(this.#folder, `${key}.zip`));
    this.#next[id] = { key, site };
  }

  /**
   * Writes this build's zips, with the course files they carried: those read now (project path → text),
   * and those of the zips copied from the last build, which read as they did then.
   */
  async save(courseFiles: ReadonlyMap<string, string>): Promise<void> {
    if (!this.#file) return;
    const hashes: Record<string, string> = { ...this.#previousFiles };
    for (const [path, text] of courseFiles) hashes[path] = hashOf(text);
    hashes['package.json'] = hashOf(await readFile(join(this.#root, 'package.json'), 'utf8').catch(() => ''));
    const stored: Stored = { generator: this.#generator, courseFiles: hashes, zips: this.#next };
    await mkdir(dirname(this.#file), { recursive: true });
    await writeFile(this.#file, JSON.stringify(stored));
    // Zips no entry names any more (an edited lesson's last one) go.
    const kept = new Set(Object.values(this.#next).map(({ key }) => `${key}.zip`));
    const present = await readdir(this.#folder).catch(() => [] as string[]);
    await Promise.all(present.filter((name) => !kept.has(name)).map((name) => rm(join(this.#folder, name), { force: true })));
  }
}

async function unchanged(root: string, hashes: Record<string, string>): Promise<boolean> {
  const checks = await Promise.all(Object.entries(hashes).map(async ([path, hash]) => hashOf(await readFile(join(root, path), 'utf8').catch(() => '')) === hash));
  return checks.every(Boolean);
}
