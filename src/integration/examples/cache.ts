/**
 * Results of past runs, on disk, keyed by a hash of everything a run depends
 * on: the example's code and flags, the bundle of every module it imports
 * (see modules/bundle-modules.ts) and the runner's own code. An unchanged
 * rebuild therefore runs no example, and an edit to a module re-runs exactly
 * the examples whose imports reach it. After a complete build the cache keeps
 * only the entries that build used, so results of deleted or edited examples
 * do not pile up.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Instrumented } from '../../example-runtime/instrument.ts';
import { writeWhole } from '../write-whole.ts';
import type { Example } from './find-examples.ts';
import type { RunResult } from './process-pool.ts';
import type { TypeDiagnostic } from './typecheck.ts';

export interface CachedRun {
  diagnostics: TypeDiagnostic[];
  result: RunResult | undefined;
}

/**
 * The key of an example's result.
 * @param dependencyHashes hashes of the bundles of the modules the example
 *   imports and of the runner's own code, so a change to either re-runs it
 */
export function exampleKey(example: Pick<Example, 'code' | 'throws' | 'timeoutMs' | 'exercise'>, dependencyHashes: readonly string[]): string {
  const exercise = example.exercise ? [example.exercise.name, example.exercise.checkCode] : null;
  return createHash('sha256')
    .update(JSON.stringify([example.code, example.throws, example.timeoutMs, exercise, dependencyHashes]))
    .digest('hex');
}

/** An example's program (instrument.ts), or null for code that does not parse, by instrumentKey. */
export type CachedProgram = Instrumented | null;

/** The key of an example's program: its code and the instrumenter's fingerprint (fingerprints.ts). */
export function instrumentKey(code: string, instrumenterHash: string): string {
  return createHash('sha256').update(`${instrumenterHash}\0${code}`).digest('hex');
}

/** What the file holds; another shape (an older version's) is ignored and the cache starts afresh. */
interface CacheFile {
  version: 3;
  runs: Record<string, CachedRun>;
  /** Programs too, so a warm build never loads Sucrase to make them again. */
  programs: Record<string, CachedProgram>;
}

export class ResultCache {
  readonly #file: string | undefined;
  #entries = new Map<string, CachedRun>();
  #programs = new Map<string, CachedProgram>();
  /** Keys read or written since load: what this build uses. */
  readonly #used = new Set<string>();
  readonly #usedPrograms = new Set<string>();
  #dirty = false;
  #soon: NodeJS.Timeout | undefined;

  /** @param file where the cache lives; undefined keeps it in memory only */
  constructor(file: string | undefined) {
    this.#file = file;
  }

  async load(): Promise<void> {
    if (!this.#file) return;
    try {
      const data = JSON.parse(await readFile(this.#file, 'utf8')) as Partial<CacheFile>;
      if (data.version !== 3) return;
      this.#entries = new Map(Object.entries(data.runs ?? {}));
      this.#programs = new Map(Object.entries(data.programs ?? {}));
    } catch {
      // no cache yet, or an unreadable one: start afresh
    }
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): CachedRun | undefined {
    const run = this.#entries.get(key);
    if (run) this.#used.add(key);
    return run;
  }

  set(key: string, run: CachedRun): void {
    this.#entries.set(key, run);
    this.#used.add(key);
    this.#dirty = true;
  }

  program(key: string): CachedProgram | undefined {
    const program = this.#programs.get(key);
    if (program !== undefined) this.#usedPrograms.add(key);
    return program;
  }

  setProgram(key: string, program: CachedProgram): void {
    this.#programs.set(key, program);
    this.#usedPrograms.add(key);
    this.#dirty = true;
  }

  /** Drops every entry this build did not use (call once the build is complete). */
  prune(): void {
    for (const [entries, used] of [
      [this.#entries, this.#used],
      [this.#programs, this.#usedPrograms],
    ] as const) {
      for (const key of entries.keys()) {
        if (used.has(key)) continue;
        entries.delete(key);
        this.#dirty = true;
      }
    }
  }

  /** Saves a little later, once for a burst of results (a crashed build keeps what it had run). */
  saveSoon(): void {
    if (this.#soon || !this.#file) return;
    this.#soon = setTimeout(() => {
      this.#soon = undefined;
      void this.save();
    }, 500);
    this.#soon.unref();
  }

  #saving: Promise<void> = Promise.resolve();

  /**
   * Writes the cache. Lessons compile concurrently, so saves are queued one
   * after another, and each writes the file whole (write-whole.ts): a reader
   * never sees a half-written cache.
   */
  save(): Promise<void> {
    clearTimeout(this.#soon);
    this.#soon = undefined;
    this.#saving = this.#saving.then(async () => {
      if (!this.#file || !this.#dirty) return;
      this.#dirty = false;
      const data: CacheFile = { version: 3, runs: Object.fromEntries(this.#entries), programs: Object.fromEntries(this.#programs) };
      await writeWhole(this.#file, JSON.stringify(data));
    });
    return this.#saving;
  }
}
