/**
 * The body of an example worker: runs one reader's example, away from the
 * page. A worker has no DOM; before running reader code this also removes the
 * network and the storage APIs a worker has. The page starts a fresh worker
 * for every run.
 */
import config from 'virtual:course/config';
import type { Instrumented } from '../../example-runtime/instrument.ts';
import { moduleKey, type ModuleSources } from '../../example-runtime/modules.ts';
import { DISPLAYS } from '../../example-runtime/print.ts';
import { runProgram } from '../../example-runtime/run-program.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

/** The part of a dedicated worker's global scope used here (the project compiles against the DOM library, not WebWorker's). */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;
const post = (message: FromWorker) => scope.postMessage(message);

/** What a worker could reach beyond itself: storage, the network, other scripts. */
const REMOVED = ['indexedDB', 'caches', 'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts', 'BroadcastChannel', 'cookieStore'];

function lockDown(): void {
  for (const name of REMOVED) Object.defineProperty(scope, name, { value: undefined, configurable: false, writable: false });
}

type RunMessage = Extract<ToWorker, { type: 'run' }>;

/** Asks the page for the modules the run needs that it did not send, and waits for them. */
function loadMissing(keys: readonly string[], sources: ModuleSources): Promise<ModuleSources> {
  const missing = keys.filter((key) => !(key in sources));
  if (missing.length === 0) return Promise.resolve(sources);
  return new Promise((resolve) => {
    scope.onmessage = ({ data }) => {
      if (data.type === 'modules') resolve({ ...sources, ...data.sources });
    };
    post({ type: 'load', keys: missing });
  });
}

/** @param programOf turns a request into the program to run; it may throw a SyntaxError */
export function serve(programOf: (message: RunMessage) => Pick<Instrumented, 'program'> & { imports?: readonly string[] }): void {
  scope.onmessage = async ({ data }: MessageEvent<ToWorker>) => {
    if (data.type !== 'run') return;
    let instrumented;
    try {
      instrumented = programOf(data);
    } catch (error) {
      // Sucrase's message ends with the position, e.g. "Unexpected token (3:7)".
      post({ type: 'threw', error: `SyntaxError: ${error instanceof Error ? error.message : String(error)}`, line: undefined });
      return;
    }
    const keys = (instrumented.imports ?? []).map((specifier) => moduleKey(specifier, data.lessonDir));
    const sources = await loadMissing(keys, data.sources);
    lockDown();
    const result = await runProgram(instrumented.program, {
      sources,
      lessonDir: data.lessonDir,
      display: DISPLAYS[config.display],
      print: (text) => post({ type: 'line', text }),
      exercise: data.exercise,
    });
    post(result.kind === 'ok' ? { type: 'done', verdict: result.verdict } : { type: 'threw', error: result.error, line: result.line });
  };
  post({ type: 'ready' });
}
