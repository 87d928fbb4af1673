/**
 * Type-checks and runs examples, with the cache in front: the one object the
 * Markdown plugin, the Vitest suite and `examples:update` talk to.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { instrument, type Instrumented } from '../../example-runtime/instrument.ts';
import { moduleKey, type ModuleSources } from '../../example-runtime/modules.ts';
import type { DisplayName } from '../../example-runtime/print.ts';
import type { ModuleBundler } from '../modules/bundle-modules.ts';
import { runtimeHash } from '../modules/bundle-modules.ts';
import { ResultCache, exampleKey, type CachedRun } from './cache.ts';
import { executeAll, WORKER_URL, type RunResult } from './execute.ts';
import type { Example } from './find-examples.ts';

export interface RunnerOptions {
  /** Project root: examples resolve `#…` modules from its package.json, relative ones from their lesson. */
  root: string;
  /** Where results are cached between builds; undefined for no disk cache. */
  cacheFile: string | undefined;
  /** The course's display printer for expression values (course option `display`). */
  display: DisplayName;
  /** Bundles the modules examples import, for the runner and the page alike. */
  bundler: ModuleBundler;
  /** The course's `#…` modules, listed in errors about an unknown import. */
  courseModules: readonly string[];
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

/** An example made ready to run: its program and the bundles of everything it imports. */
export interface Prepared {
  /** Undefined when the code does not parse; the type-check reports why. */
  main: Instrumented | undefined;
  check: Instrumented | undefined;
  /** The lesson's folder from the root, e.g. `/content/activations/`. */
  lessonDir: string;
  sources: Record<string, string>;
  /** A bundle that failed (a module that cannot run in the page, say): the example fails with it. */
  bundleError: string | undefined;
  key: string;
}

function tryInstrument(code: string): Instrumented | undefined {
  try {
    return instrument(code);
  } catch {
    return undefined;
  }
}

export function lessonDirOf(file: string): string {
  const dir = dirname(file).split('\\').join('/');
  return dir === '.' ? '/' : `/${dir}/`;
}

export class ExampleRunner {
  readonly #ran = new Set<string>();
  readonly #fromDisk = new Set<string>();
  readonly #options: RunnerOptions;
  readonly #cache: ResultCache;
  #loaded: Promise<void> | undefined;
  #warm: Promise<unknown> | undefined;
  /** The key of every module an example has imported, for the page's module loaders. */
  readonly moduleKeys = new Set<string>();

  constructor(options: RunnerOptions) {
    this.#options = options;
    this.#cache = new ResultCache(options.cacheFile);
  }

  /** Instruments an example and bundles its imports; the cache key covers all of it. */
  async prepare(example: Example): Promise<Prepared> {
    const lessonDir = lessonDirOf(example.file);
    const main = tryInstrument(example.code);
    const check = example.exercise && tryInstrument(example.exercise.checkCode);
    const keys = [...new Set([...(main?.imports ?? []), ...(check?.imports ?? [])].map((specifier) => moduleKey(specifier, lessonDir)))].toSorted();
    const sources: Record<string, string> = {};
    const hashes: string[] = [await runtimeHash(fileURLToPath(WORKER_URL)), this.#options.display];
    let bundleError: string | undefined;
    for (const key of keys) {
      this.moduleKeys.add(key);
      const bundle = await this.#options.bundler.bundle(key);
      if (bundle.kind === 'error') {
        // An import TypeScript cannot resolve either is reported by the type-check, with its line.
        bundleError ??= bundle.message;
        hashes.push(bundle.message);
      } else {
        sources[key] = bundle.code;
        hashes.push(`${key}:${bundle.hash}`);
      }
    }
    return { main, check, lessonDir, sources, bundleError, key: exampleKey(example, hashes) };
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
    const prepared = await Promise.all(examples.map((example) => this.prepare(example)));
    const keys = prepared.map((item) => item.key);
    const runs = new Map<string, CachedRun>();
    for (const key of keys) {
      const cached = this.#cache.get(key);
      if (cached) runs.set(key, cached);
    }
    const pending = [...new Set(keys.filter((key) => !runs.has(key)))];
    const pendingIndexes = pending.map((key) => keys.indexOf(key));
    const fresh = await this.#runUncached(
      pendingIndexes.map((index) => examples[index]!),
      pendingIndexes.map((index) => prepared[index]!),
    );
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

  async #runUncached(examples: readonly Example[], prepared: readonly Prepared[]): Promise<CachedRun[]> {
    if (examples.length === 0) return [];
    // The TypeScript compiler loads only when there is something to check: a warm build never needs it.
    const { typecheckExamples } = await import('./typecheck.ts');
    const checks = examples.flatMap((example) => (example.exercise ? [{ code: example.exercise.checkCode, file: example.file }] : []));
    const diagnosed = typecheckExamples([...examples.map(({ code, file }) => ({ code, file })), ...checks], this.#options.root, this.#options.courseModules);
    let nextCheck = examples.length;
    const diagnostics = examples.map((example, index) => {
      const own = diagnosed[index]!;
      if (!example.exercise) return own;
      // A check fence's problems are reported at its own lines, counted from the example's fence.
      const offset = example.exercise.checkLine - example.line;
      return [...own, ...diagnosed[nextCheck++]!.map((d) => ({ ...d, line: d.line + offset, inCheck: true }))];
    });
    const runnable = examples.flatMap((_, index) => (diagnostics[index]!.length === 0 && prepared[index]!.bundleError === undefined ? [index] : []));
    const results = await executeAll(
      runnable.map((index) => {
        const example = examples[index]!;
        const { main, check, lessonDir, sources } = prepared[index]!;
        return {
          program: main?.program ?? '',
          sources: sources as ModuleSources,
          lessonDir,
          display: this.#options.display,
          timeoutMs: example.timeoutMs,
          exercise: example.exercise && { name: example.exercise.name, check: check?.program ?? '' },
        };
      }),
    );
    return examples.map((_, index) => {
      const bundleError = prepared[index]!.bundleError;
      const result: RunResult | undefined =
        bundleError !== undefined && diagnostics[index]!.length === 0 ? { kind: 'threw', output: '', error: `Error: ${bundleError}`, line: undefined } : results[runnable.indexOf(index)];
      return { diagnostics: diagnostics[index]!, result };
    });
  }
}
