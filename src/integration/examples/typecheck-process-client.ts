/**
 * The TypeScript 6 type-checker in a child process of the build
 * (typecheck-process.ts): the fallback when TypeScript 7's native compiler
 * cannot start on this machine, and the checker under COURSE_TYPECHECK=ts6.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { holdOpenWhile } from '../helpers/fork-helper.ts';
import type { CheckedSource, TypeDiagnostic } from './typecheck-shared.ts';
import type { FromTypecheck, ToTypecheck } from './typecheck-process.ts';

const CHILD_FILE = fileURLToPath(new URL('./typecheck-process.ts', import.meta.url));

export class ProcessTypechecker {
  readonly #root: string;
  readonly #courseModules: readonly string[];
  #child: ChildProcess | undefined;
  readonly #inFlight = new Map<number, { resolve: (d: TypeDiagnostic[][]) => void; reject: (e: Error) => void }>();
  #nextId = 1;

  constructor(root: string, courseModules: readonly string[]) {
    this.#root = root;
    this.#courseModules = courseModules;
  }

  start(): void {
    if (this.#child) return;
    const child = fork(CHILD_FILE, [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'json' });
    this.#child = child;
    child.on('message', (message: FromTypecheck) => {
      const pending = this.#inFlight.get(message.id);
      this.#inFlight.delete(message.id);
      if (message.type === 'checked') pending?.resolve(message.diagnostics);
      else pending?.reject(new Error(`The type-check of the examples failed: ${message.message}`));
      this.#ref();
    });
    child.on('exit', (code, signal) => {
      this.#child = undefined;
      const error = new Error(`The type-check process of the examples ended (${signal ?? `exit code ${code}`}) before it answered`);
      for (const pending of this.#inFlight.values()) pending.reject(error);
      this.#inFlight.clear();
    });
    const warm = this.#courseModules.map((specifier) => ({ code: `import * as m from '${specifier}';\nvoid m;`, file: 'package.json' }));
    child.send({ type: 'init', root: this.#root, courseModules: [...this.#courseModules], warm } satisfies ToTypecheck);
    this.#ref();
  }

  check(sources: readonly CheckedSource[]): Promise<TypeDiagnostic[][]> {
    this.start();
    return new Promise((resolve, reject) => {
      const id = this.#nextId++;
      this.#inFlight.set(id, { resolve, reject });
      this.#child?.send({ type: 'check', id, sources: [...sources] } satisfies ToTypecheck);
      this.#ref();
    });
  }

  close(): void {
    this.#child?.removeAllListeners('exit');
    this.#child?.kill();
    this.#child = undefined;
  }

  /** The process keeps the build alive only while a check is outstanding. */
  #ref(): void {
    holdOpenWhile(this.#child, this.#inFlight.size > 0);
  }
}
