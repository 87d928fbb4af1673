/**
 * The build's side of the type-check process (typecheck-process.ts). Checks
 * asked for in the same turn of the event loop go to the process as one batch,
 * so one program checks them together: the examples of every lesson Vite
 * compiles at once, or of the whole course when the build starts cold.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CheckedSource, TypeDiagnostic } from './typecheck.ts';
import type { FromTypecheck, ToTypecheck } from './typecheck-process.ts';

const CHILD_FILE = fileURLToPath(new URL('./typecheck-process.ts', import.meta.url));

interface Pending {
  source: CheckedSource;
  resolve: (diagnostics: TypeDiagnostic[]) => void;
  reject: (error: Error) => void;
}

export class TypecheckClient {
  readonly #root: string;
  readonly #courseModules: readonly string[];
  #child: ChildProcess | undefined;
  #batch: Pending[] = [];
  readonly #inFlight = new Map<number, Pending[]>();
  #nextId = 1;

  constructor(root: string, courseModules: readonly string[]) {
    this.#root = root;
    this.#courseModules = courseModules;
  }

  /** Starts TypeScript now, parsing the course's modules, so the first check does not wait for it. */
  start(): void {
    if (this.#child) return;
    const child = fork(CHILD_FILE, [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'json' });
    this.#child = child;
    child.on('message', (message: FromTypecheck) => this.#receive(message));
    child.on('exit', (code, signal) => this.#exited(code, signal));
    // An example that imports each course module: the library is parsed and bound before any lesson asks.
    const warm = this.#courseModules.map((specifier) => ({ code: `import * as m from '${specifier}';\nvoid m;`, file: 'package.json' }));
    child.send({ type: 'init', root: this.#root, courseModules: [...this.#courseModules], warm } satisfies ToTypecheck);
    this.#ref();
  }

  check(source: CheckedSource): Promise<TypeDiagnostic[]> {
    this.start();
    return new Promise((resolve, reject) => {
      if (this.#batch.length === 0) setImmediate(() => this.#flush());
      this.#batch.push({ source, resolve, reject });
    });
  }

  close(): void {
    this.#child?.removeAllListeners('exit');
    this.#child?.kill();
    this.#child = undefined;
  }

  #flush(): void {
    const batch = this.#batch;
    this.#batch = [];
    const id = this.#nextId++;
    this.#inFlight.set(id, batch);
    this.#child?.send({ type: 'check', id, sources: batch.map((item) => item.source) } satisfies ToTypecheck);
    this.#ref();
  }

  #receive(message: FromTypecheck): void {
    const batch = this.#inFlight.get(message.id);
    this.#inFlight.delete(message.id);
    batch?.forEach((item, index) => {
      if (message.type === 'checked') item.resolve(message.diagnostics[index] ?? []);
      else item.reject(new Error(`The type-check of the examples failed: ${message.message}`));
    });
    this.#ref();
  }

  #exited(code: number | null, signal: NodeJS.Signals | null): void {
    this.#child = undefined;
    const error = new Error(`The type-check process of the examples ended (${signal ?? `exit code ${code}`}) before it answered`);
    for (const batch of this.#inFlight.values()) for (const item of batch) item.reject(error);
    this.#inFlight.clear();
  }

  /** The process keeps the build alive only while a check is outstanding. */
  #ref(): void {
    const busy = this.#inFlight.size > 0 || this.#batch.length > 0;
    for (const handle of [this.#child, this.#child?.channel] as ({ ref?(): void; unref?(): void } | null | undefined)[]) {
      if (busy) handle?.ref?.();
      else handle?.unref?.();
    }
  }
}
