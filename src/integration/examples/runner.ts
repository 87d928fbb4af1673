/**
 * Type-checks and runs examples, with the cache in front: the one object the
 * Markdown plugin, the Vitest suite and `examples:update` talk to.
 *
 * Within one build each example (by cache key) is type-checked and run at most
 * once, whatever asks for it and however it ends (a timeout included); the
 * cache on disk carries settled results to the next build, and keeps only
 * what the last complete build used.
 */
import { dirname } from 'node:path';
import type { Instrumented } from '../../example-runtime/instrument.ts';
import { moduleKey } from '../../example-runtime/modules.ts';
import type { DisplayName } from '../../example-runtime/print.ts';
import type { ModuleBundler } from '../modules/bundle-modules.ts';
import { ResultCache, exampleKey, instrumentKey, type CachedRun } from './cache.ts';
import { instrumentHash, runtimeHash } from './fingerprints.ts';
import type { Example } from './find-examples.ts';
import { ProcessPool, type RunResult } from './process-pool.ts';
import { TypecheckClient } from './typecheck-client.ts';
import type { TypeDiagnostic } from './typecheck.ts';

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
  /** How many example processes run at once; by default one per core. */
  parallelism?: number | undefined;
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

/** Examples run so far of those this build had to run, for a progress display. */
export type ProgressListener = (done: number, total: number) => void;

/** An example made ready to run: its program and the bundles of everything it imports. */
export interface Prepared {
  /** Undefined when the code does not parse; the type-check reports why. */
  main: Instrumented | undefined;
  check: Instrumented | undefined;
  /** The lesson's folder from the root, e.g. `/content/activations/`. */
  lessonDir: string;
  sources: Record<string, string>;
  /** Bundle hash by module key, for the example processes (which keep each bundle once). */
  hashes: Record<string, string>;
  /** A bundle that failed (a module that cannot run in the page, say): the example fails with it. */
  bundleError: string | undefined;
  key: string;
}

export function lessonDirOf(file: string): string {
  const dir = dirname(file).split('\\').join('/');
  return dir === '.' ? '/' : `/${dir}/`;
}

/** What an example's preparation depends on: its lesson folder, its code and its check. */
function identity(example: Example): string {
  return JSON.stringify([lessonDirOf(example.file), example.code, example.exercise?.checkCode ?? null, example.throws, example.timeoutMs, example.exercise?.name ?? null]);
}

export class ExampleRunner {
  readonly #options: RunnerOptions;
  readonly #cache: ResultCache;
  readonly #pool: ProcessPool;
  readonly #types: TypecheckClient;
  #loaded: Promise<void> | undefined;
  /** This build's run of each key, settled or not. */
  readonly #runs = new Map<string, Promise<CachedRun>>();
  readonly #prepared = new Map<string, Promise<Prepared>>();
  readonly #ran = new Set<string>();
  readonly #fromDisk = new Set<string>();
  /** Type-checks a cold start began before the examples were prepared, by identity; each is taken by its run. */
  readonly #checksAhead = new Map<string, Promise<TypeDiagnostic[]>>();
  #scheduled = 0;
  #done = 0;
  #warm: Promise<unknown> | undefined;
  /** The key of every module an example has imported, for the page's module loaders. */
  readonly moduleKeys = new Set<string>();
  /** Called as runs finish; see progress.ts. */
  onProgress: ProgressListener | undefined;

  constructor(options: RunnerOptions) {
    this.#options = options;
    this.#cache = new ResultCache(options.cacheFile);
    this.#pool = new ProcessPool({ size: options.parallelism });
    this.#types = new TypecheckClient(options.root, options.courseModules);
  }

  /**
   * Called as the build starts. On a cold start (nothing cached) it starts
   * TypeScript and the example processes at once, and runs every example of
   * the course (from `collect`) while Vite is busy elsewhere, in one batch so
   * one TypeScript program checks them all. A warm build skips all of it: its
   * lessons find their results in the cache.
   */
  start(collect?: () => Promise<Example[]>): Promise<unknown> {
    this.#warm ??= (async () => {
      await this.#load();
      if (this.#cache.size > 0) return;
      const examples = collect ? await collect() : undefined;
      // A course whose lessons have no examples starts no compiler and no example process.
      if (examples?.length === 0) return;
      this.#pool.warm();
      // Without the course's examples, the compiler loads its modules ahead; with them, their check is its first program.
      if (!examples) {
        this.#types.start();
        return;
      }
      // One program checks them all, before they are instrumented and their imports bundled: the check
      // does not wait for either, nor does it split into one batch per moment preparations finish.
      for (const example of examples) {
        const id = identity(example);
        if (this.#checksAhead.has(id)) continue;
        const check = this.#typecheck(example);
        // Its failure is its run's to report.
        check.catch(() => undefined);
        this.#checksAhead.set(id, check);
      }
      await this.run(examples);
    })().catch(() => undefined); // a lesson that cannot be read here reports its own error when compiled
    return this.#warm;
  }

  /** Instruments an example and bundles its imports; the cache key covers all of it. */
  prepare(example: Example): Promise<Prepared> {
    const id = identity(example);
    let prepared = this.#prepared.get(id);
    if (!prepared) {
      prepared = this.#prepare(example);
      this.#prepared.set(id, prepared);
    }
    return prepared;
  }

  /** The program of some code: from the cache, or made by instrument.ts (loaded, with Sucrase, only then). */
  async #instrument(code: string): Promise<Instrumented | undefined> {
    await this.#load();
    const key = instrumentKey(code, await instrumentHash());
    const cached = this.#cache.program(key);
    if (cached !== undefined) return cached ?? undefined;
    const { instrument } = await import('../../example-runtime/instrument.ts');
    let program: Instrumented | null;
    try {
      program = instrument(code);
    } catch {
      program = null; // does not parse: the type-check reports why
    }
    this.#cache.setProgram(key, program);
    return program ?? undefined;
  }

  async #prepare(example: Example): Promise<Prepared> {
    const lessonDir = lessonDirOf(example.file);
    const main = await this.#instrument(example.code);
    const check = example.exercise && (await this.#instrument(example.exercise.checkCode));
    const keys = [...new Set([...(main?.imports ?? []), ...(check?.imports ?? [])].map((specifier) => moduleKey(specifier, lessonDir)))].toSorted();
    const sources: Record<string, string> = {};
    const hashes: Record<string, string> = {};
    const dependencies: string[] = [await runtimeHash(), this.#options.display];
    let bundleError: string | undefined;
    for (const key of keys) {
      this.moduleKeys.add(key);
      const bundle = await this.#options.bundler.bundle(key);
      if (bundle.kind === 'error') {
        // An import TypeScript cannot resolve either is reported by the type-check, with its line.
        bundleError ??= bundle.message;
        dependencies.push(bundle.message);
      } else {
        sources[key] = bundle.code;
        hashes[key] = bundle.hash;
        dependencies.push(`${key}:${bundle.hash}`);
      }
    }
    return { main, check, lessonDir, sources, hashes, bundleError, key: exampleKey(example, dependencies) };
  }

  /** How many distinct examples this process ran, and how many it found cached. */
  get stats(): RunStats {
    return { run: this.#ran.size, cached: this.#fromDisk.size };
  }

  /** Outcomes for the given examples, in order: from this build, from the cache, or type-checked and run now. */
  async run(examples: readonly Example[]): Promise<Outcome[]> {
    await this.#load();
    return Promise.all(
      examples.map(async (example) => {
        const prepared = await this.prepare(example);
        const { key } = prepared;
        let run = this.#runs.get(key);
        let cached = !this.#ran.has(key);
        if (!run) {
          const onDisk = this.#cache.get(key);
          if (onDisk) this.#fromDisk.add(key);
          else cached = false;
          run = onDisk ? Promise.resolve(onDisk) : this.#runFresh(example, prepared);
          this.#runs.set(key, run);
        }
        return { example, cached, ...(await run) };
      }),
    );
  }

  /**
   * Forgets this session's runs and bundles (`astro dev`, after a file
   * changed), so the next request re-checks against the edited sources; the
   * cache still answers for every example whose key is unchanged.
   */
  invalidate(): void {
    this.#runs.clear();
    this.#prepared.clear();
    this.#checksAhead.clear();
    this.#options.bundler.invalidate();
  }

  /** The build is complete: the cache keeps only what it used, and the helper processes end. */
  async finish(): Promise<void> {
    await Promise.allSettled(this.#runs.values());
    this.#cache.prune();
    await this.#cache.save();
    this.close();
  }

  /** Ends the helper processes (they also never keep a finished build alive). */
  close(): void {
    this.#pool.close();
    this.#types.close();
  }

  #load(): Promise<void> {
    this.#loaded ??= this.#cache.load();
    return this.#loaded;
  }

  async #runFresh(example: Example, prepared: Prepared): Promise<CachedRun> {
    this.#ran.add(prepared.key);
    this.#progress(0, 1);
    try {
      const id = identity(example);
      const ahead = this.#checksAhead.get(id);
      this.#checksAhead.delete(id);
      const diagnostics = await (ahead ?? this.#typecheck(example));
      const result = diagnostics.length === 0 ? await this.#execute(example, prepared) : undefined;
      const run = { diagnostics, result };
      // A timeout or a death (out of memory) depends on the machine as much as on the code; only settled results go to disk.
      if (result?.kind !== 'timeout' && result?.kind !== 'crashed') this.#cache.set(prepared.key, run);
      this.#cache.saveSoon();
      return run;
    } finally {
      this.#progress(1, 0);
    }
  }

  async #typecheck(example: Example): Promise<TypeDiagnostic[]> {
    const own = this.#types.check({ code: example.code, file: example.file });
    if (!example.exercise) return own;
    // A check fence's problems keep their lines in it: the run is shared by every lesson with the same
    // exercise, however far apart its fences are there (check.ts places them in each lesson).
    const inCheck = await this.#types.check({ code: example.exercise.checkCode, file: example.file });
    return [...(await own), ...inCheck.map((d) => ({ ...d, inCheck: true }))];
  }

  #execute(example: Example, prepared: Prepared): Promise<RunResult> {
    if (prepared.bundleError !== undefined) return Promise.resolve({ kind: 'threw', output: '', error: `Error: ${prepared.bundleError}`, line: undefined });
    const { main, check, lessonDir, sources, hashes } = prepared;
    const code = Object.fromEntries(Object.entries(hashes).map(([key, hash]) => [hash, sources[key]!]));
    return this.#pool.run({
      input: {
        program: main?.program ?? '',
        modules: hashes,
        lessonDir,
        display: this.#options.display,
        exercise: example.exercise && { name: example.exercise.name, check: check?.program ?? '' },
      },
      code,
      timeoutMs: example.timeoutMs,
    });
  }

  #progress(done: number, scheduled: number): void {
    this.#done += done;
    this.#scheduled += scheduled;
    this.onProgress?.(this.#done, this.#scheduled);
  }
}
