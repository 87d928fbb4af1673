/**
 * The build's type-checker of examples. Checks asked for in the same turn of
 * the event loop go to the compiler as one batch, so one program checks them
 * together: the examples of every lesson Vite compiles at once, or of the
 * whole course when the build starts cold.
 *
 * The compiler is TypeScript 7's native one (typecheck-native.ts); where it
 * cannot start, or under COURSE_TYPECHECK=ts6, TypeScript 6 in a child
 * process (typecheck-process-client.ts). Either way it runs beside the build's
 * thread, not on it. Both load only when there is something to check: a warm
 * build never pays for loading a compiler's API.
 */
import type { CheckedSource, TypeDiagnostic } from './typecheck-shared.ts';

interface Checker {
  start(warm?: boolean): void;
  check(sources: readonly CheckedSource[]): Promise<TypeDiagnostic[][]>;
  close(): void;
}

interface Pending {
  source: CheckedSource;
  resolve: (diagnostics: TypeDiagnostic[]) => void;
  reject: (error: unknown) => void;
}

export class TypecheckClient {
  readonly #root: string;
  readonly #courseModules: readonly string[];
  #checker: Promise<Checker> | undefined;
  #batch: Pending[] = [];

  constructor(root: string, courseModules: readonly string[]) {
    this.#root = root;
    this.#courseModules = courseModules;
  }

  /** Starts the compiler now, loading the course's modules, so the first check does not wait for it. */
  start(): void {
    this.#checker ??= this.#create(true);
  }

  /** A check that starts the compiler is its first program: nothing is loaded ahead of it. */
  check(source: CheckedSource): Promise<TypeDiagnostic[]> {
    this.#checker ??= this.#create(false);
    return new Promise((resolve, reject) => {
      if (this.#batch.length === 0) setImmediate(() => void this.#flush());
      this.#batch.push({ source, resolve, reject });
    });
  }

  close(): void {
    void this.#checker?.then((checker) => checker.close());
    this.#checker = undefined;
  }

  async #create(warm: boolean): Promise<Checker> {
    if (process.env['COURSE_TYPECHECK'] !== 'ts6') {
      try {
        const { NativeTypechecker } = await import('./typecheck-native.ts');
        const native = new NativeTypechecker(this.#root, this.#courseModules);
        native.start(warm);
        return native;
      } catch {
        // No native compiler for this platform: TypeScript 6 below.
      }
    }
    const { ProcessTypechecker } = await import('./typecheck-process-client.ts');
    const fallback = new ProcessTypechecker(this.#root, this.#courseModules);
    fallback.start();
    return fallback;
  }

  async #flush(): Promise<void> {
    const batch = this.#batch;
    this.#batch = [];
    // Closed since the batch began: the compiler starts again for it.
    this.#checker ??= this.#create(false);
    try {
      const diagnostics = await (await this.#checker!).check(batch.map((item) => item.source));
      batch.forEach((item, index) => item.resolve(diagnostics[index] ?? []));
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  }
}
