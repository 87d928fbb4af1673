/**
 * Results of past runs, on disk, keyed by a hash of everything a run depends
 * on: the example's code and flags, and the source of every library file it
 * imports (transitively). An unchanged rebuild therefore runs no example, and
 * an edit to src/activations re-runs exactly the examples that import it.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Example } from './find-examples.ts';
import type { RunResult } from './execute.ts';
import type { TypeDiagnostic } from './typecheck.ts';

export interface CachedRun {
  diagnostics: TypeDiagnostic[];
  result: RunResult | undefined;
}

/** Hashes of local source files, each including the files it imports, memoised per build. */
export class SourceHasher {
  readonly #hashes = new Map<string, string>();

  /** The hash of `file` and everything it imports through relative specifiers. */
  async hash(file: string, seen = new Set<string>()): Promise<string> {
    const known = this.#hashes.get(file);
    if (known) return known;
    if (seen.has(file)) return ''; // an import cycle: its members are hashed by the outer call
    seen.add(file);
    const text = await readFile(file, 'utf8');
    const digest = createHash('sha256').update(text);
    for (const specifier of relativeImports(text)) {
      digest.update(await this.hash(resolve(dirname(file), specifier), seen).catch(() => ''));
    }
    const result = digest.digest('hex');
    this.#hashes.set(file, result);
    return result;
  }
}

/**
 * @param dependencyHashes hashes of the library files the example imports and
 *   of the runner's own code, so a change to how examples run invalidates them too
 */
/**
 * The relative specifiers a module imports. A pattern rather than a parser,
 * so that a warm build need not load the TypeScript compiler: a match in a
 * comment only hashes one file more, and a missing file hashes as nothing.
 */
function relativeImports(source: string): string[] {
  const pattern = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;
  return [...source.matchAll(pattern)].map((match) => match[1]!);
}

export function exampleKey(example: Pick<Example, 'code' | 'throws' | 'timeoutMs' | 'check'>, dependencyHashes: readonly string[]): string {
  return createHash('sha256')
    .update(JSON.stringify([example.code, example.throws, example.timeoutMs, example.check ?? null, dependencyHashes]))
    .digest('hex');
}

export class ResultCache {
  readonly #file: string | undefined;
  #entries = new Map<string, CachedRun>();
  #dirty = false;

  /** @param file where the cache lives; undefined keeps it in memory only */
  constructor(file: string | undefined) {
    this.#file = file;
  }

  async load(): Promise<void> {
    if (!this.#file) return;
    try {
      this.#entries = new Map(Object.entries(JSON.parse(await readFile(this.#file, 'utf8')) as Record<string, CachedRun>));
    } catch {
      this.#entries = new Map(); // no cache yet, or an unreadable one: start afresh
    }
  }

  get(key: string): CachedRun | undefined {
    return this.#entries.get(key);
  }

  set(key: string, run: CachedRun): void {
    this.#entries.set(key, run);
    this.#dirty = true;
  }

  #saving: Promise<void> = Promise.resolve();

  /**
   * Writes the cache. Lessons compile concurrently, so saves are queued one
   * after another, and each writes a temporary file and renames it into place:
   * a reader never sees a half-written cache.
   */
  save(): Promise<void> {
    this.#saving = this.#saving.then(async () => {
      if (!this.#file || !this.#dirty) return;
      this.#dirty = false;
      const temporary = `${this.#file}.${process.pid}.tmp`;
      await mkdir(dirname(this.#file), { recursive: true });
      await writeFile(temporary, JSON.stringify(Object.fromEntries(this.#entries)));
      await rename(temporary, this.#file);
    });
    return this.#saving;
  }
}
