/**
 * Type-checks and runs examples, with the cache in front: the one object the
 * Markdown plugin, the Vitest suite and `examples:update` talk to.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ResultCache, SourceHasher, exampleKey, type CachedRun } from './cache.ts';
import { executeAll } from './execute.ts';
import type { Example } from './find-examples.ts';
import { instrument } from '../../example-runtime/instrument.ts';

/** The one specifier examples import the course library by (package.json `imports`). */
export const LIBRARY_SPECIFIER = '#activations';

/** The code that decides what an example prints; a change to it re-runs every example. */
const RUNNER_SOURCES = ['../../example-runtime/instrument.ts', './execute-worker.ts'].map((file) => fileURLToPath(new URL(file, import.meta.url)));

export interface RunnerOptions {
  /** Project root: examples resolve `#activations` from its package.json. */
  root: string;
  /** Absolute path of the library's entry, src/activations/index.ts; it also exports the printer, `format`. */
  libraryEntry: string;
  /** Where results are cached between builds; undefined for no disk cache. */
  cacheFile: string | undefined;
}

export interface Outcome extends CachedRun {
  example: Example;
  cached: boolean;
}

export interface RunStats {
  /** Examples type-checked and run by this process. */
  run: number;
  /** Examples whose result came from the cache on disk. */
  cached: number;
}

export class ExampleRunner {
  readonly #ran = new Set<string>();
  readonly #fromDisk = new Set<string>();
  readonly #options: RunnerOptions;
  readonly #cache: ResultCache;
  #loaded: Promise<void> | undefined;
  #warm: Promise<unknown> | undefined;

  constructor(options: RunnerOptions) {
    this.#options = options;
    this.#cache = new ResultCache(options.cacheFile);
  }

  async #key(example: Example, hasher: SourceHasher): Promise<string> {
    const runnerCode = await Promise.all(RUNNER_SOURCES.map((file) => hasher.hash(file)));
    // An exercise's check compares with the library whether or not the code imports it. Any mention
    // of the specifier counts: at worst an example re-runs once more than it had to.
    const usesLibrary = example.code.includes(LIBRARY_SPECIFIER) || example.check !== undefined;
    const library = usesLibrary ? [await hasher.hash(this.#options.libraryEntry)] : [];
    return exampleKey(example, [...runnerCode, ...library]);
  }

  /**
   * Runs every example of the course in one batch (so one TypeScript program
   * checks them all), once, before the first lesson asks for its own. A lesson
   * that cannot be read here is left to report its own error when compiled.
   */
  warmUp(collect: () => Promise<Example[]>): Promise<unknown> {
    this.#warm ??= collect()
      .then((examples) => this.run(examples))
      .catch(() => undefined);
    return this.#warm;
  }

  /** How many distinct examples this process ran, and how many it found cached. */
  get stats(): RunStats {
    return { run: this.#ran.size, cached: this.#fromDisk.size };
  }

  /**
   * Outcomes for the given examples, in order. Cached ones are reused; the rest
   * are type-checked together in one program, and those that check are run.
   */
  async run(examples: readonly Example[]): Promise<Outcome[]> {
    this.#loaded ??= this.#cache.load();
    await this.#loaded;
    // A fresh hasher per call, so an edit to the library during `astro dev` is seen.
    const hasher = new SourceHasher();
    const keys = await Promise.all(examples.map((example) => this.#key(example, hasher)));
    const runs = new Map<string, CachedRun>();
    for (const key of keys) {
      const cached = this.#cache.get(key);
      if (cached) runs.set(key, cached);
    }
    const pending = [...new Set(keys.filter((key) => !runs.has(key)))];
    const fresh = await this.#runUncached(pending.map((key) => examples[keys.indexOf(key)]!));
    pending.forEach((key, index) => {
      const run = fresh[index]!;
      runs.set(key, run);
      // A timeout depends on how busy the machine was; only settled results are kept.
      if (run.result?.kind !== 'timeout') this.#cache.set(key, run);
    });
    await this.#cache.save();
    const isFresh = new Set(pending);
    for (const key of keys) {
      if (isFresh.has(key)) this.#ran.add(key);
      else if (!this.#ran.has(key)) this.#fromDisk.add(key);
    }
    return examples.map((example, index) => ({ example, cached: !isFresh.has(keys[index]!), ...runs.get(keys[index]!)! }));
  }

  async #runUncached(examples: readonly Example[]): Promise<CachedRun[]> {
    if (examples.length === 0) return [];
    // The TypeScript compiler loads only when there is something to check: a warm build never needs it.
    const { typecheckExamples } = await import('./typecheck.ts');
    const diagnostics = typecheckExamples(examples.map((example) => example.code), this.#options.root);
    const runnable = examples.flatMap((_, index) => (diagnostics[index]!.length === 0 ? [index] : []));
    const results = await executeAll(
      runnable.map((index) => ({ program: instrument(examples[index]!.code), timeoutMs: examples[index]!.timeoutMs, check: examples[index]!.check })),
      pathToFileURL(this.#options.libraryEntry).href,
    );
    return examples.map((_, index) => ({ diagnostics: diagnostics[index]!, result: results[runnable.indexOf(index)] }));
  }
}
