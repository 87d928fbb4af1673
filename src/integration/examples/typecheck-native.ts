/**
 * Type-checks examples with TypeScript 7, the native compiler (npm
 * `typescript` 7.x, here under the alias `typescript-native`), through its
 * `unstable/sync` API: the compiler runs in its own process, in parallel
 * (Go); our files reach it through the API's virtual file system. Each batch
 * is one program over the batch's examples, and later batches reuse
 * everything the compiler already parsed (lib.d.ts, the library). On 300
 * examples, side by side on one (busy) machine, it took 0.65 s where the
 * TypeScript 6 API took 6.1 s. Its API is `unstable`: pin the version, and
 * test/build/typecheck-native.test.ts checks that it reports what TypeScript 6
 * reports.
 *
 * Why the synchronous API: the compiler asks this process about every file
 * it reads (ours are virtual), some 180 questions for a 6-lesson chapter. The
 * asynchronous API answers each one in a turn of this thread's event loop,
 * and in the runner's process those turns waited behind the examples'
 * instrumenting and bundling: its 18 examples took 0.6–0.9 s to check, where
 * the compiler needs 0.15 s. The synchronous API holds the thread for the
 * check (about 0.1 s for the first, which loads lib.d.ts and the library) and
 * answers every question at once; it also loads no JSON-RPC library.
 *
 * The messages are TypeScript's own, so they read as typecheck.ts's do.
 */
import { join } from 'node:path';
import { API, type Diagnostic } from 'typescript-native/unstable/sync';
import { ENVIRONMENT, TSCONFIG_OPTIONS, virtualName, withModuleHint, type CheckedSource, type TypeDiagnostic } from './typecheck-shared.ts';

/** Diagnostic categories: only errors fail an example (warnings and suggestions do not). */
const ERROR = 1;

/** TypeScript 6's flattenDiagnosticMessageText: each message of the chain on its own line, indented by depth. */
function flatten(diagnostic: Diagnostic, depth = 0): string {
  const own = depth === 0 ? diagnostic.text : `\n${'  '.repeat(depth)}${diagnostic.text}`;
  return own + (diagnostic.messageChain ?? []).map((next) => flatten(next, depth + 1)).join('');
}

/** 1-based line and column of a UTF-16 offset. */
function position(code: string, offset: number): { line: number; column: number } {
  const before = code.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

export class NativeTypechecker {
  readonly #root: string;
  readonly #courseModules: readonly string[];
  readonly #config: string;
  readonly #env: string;
  #files = new Map<string, string>();
  #api: API | undefined;

  constructor(root: string, courseModules: readonly string[]) {
    this.#root = root;
    this.#courseModules = courseModules;
    this.#config = join(root, '.course-examples', 'tsconfig.json');
    this.#env = join(root, '.course-examples', 'environment.d.ts');
  }

  /**
   * Starts the compiler and, `warm`, has it load lib.d.ts and the course's modules before the first examples
   * arrive; a first check that comes at once is better as the compiler's first program (one snapshot, not two).
   */
  start(warm = true): void {
    if (this.#api) return;
    this.#api = new API({
      cwd: this.#root,
      fs: {
        // undefined: not ours, read the real file system.
        readFile: (file) => (file === this.#config ? this.#tsconfig() : this.#files.get(file)),
        fileExists: (file) => (file === this.#config || this.#files.has(file) ? true : undefined),
      },
    });
    if (!warm) return;
    const modules = this.#courseModules.map((specifier) => ({ code: `import * as m from '${specifier}';\nvoid m;`, file: 'package.json' }));
    void this.check(modules).catch(() => undefined);
  }

  /** The diagnostics of each source, in order; the thread waits for the compiler meanwhile. */
  async check(sources: readonly CheckedSource[]): Promise<TypeDiagnostic[][]> {
    return this.#check(sources);
  }

  close(): void {
    this.#api?.close();
    this.#api = undefined;
  }

  #tsconfig(): string {
    return JSON.stringify({ compilerOptions: TSCONFIG_OPTIONS, files: [...this.#files.keys()] });
  }

  #check(sources: readonly CheckedSource[]): TypeDiagnostic[][] {
    this.start(false);
    const api = this.#api!;
    const names = sources.map((source) => virtualName(this.#root, source));
    const previous = this.#files;
    this.#files = new Map([[this.#env, ENVIRONMENT], ...names.map((name, index) => [name, sources[index]!.code] as const)]);
    const created = [...this.#files.keys()].filter((file) => !previous.has(file));
    const deleted = [...previous.keys()].filter((file) => !this.#files.has(file));
    const snapshot = api.updateSnapshot({ openProjects: [this.#config], fileChanges: { changed: [this.#config], created, deleted } });
    try {
      const project = snapshot.getProject(this.#config);
      if (!project) throw new Error(`TypeScript 7 did not load the examples' project ${this.#config}`);
      return names.map((file, index) => {
        const found = [...project.program.getSyntacticDiagnostics(file), ...project.program.getSemanticDiagnostics(file)];
        const code = sources[index]!.code;
        return found
          .filter((diagnostic) => diagnostic.category === ERROR)
          .map((diagnostic) => ({ ...position(code, diagnostic.pos), message: withModuleHint(flatten(diagnostic), diagnostic.code, this.#courseModules) }));
      });
    } finally {
      snapshot.dispose();
    }
  }
}
