/**
 * The body of an example worker: runs one reader's example, away from the
 * page. A worker has no DOM; before running reader code this also removes the
 * network and the storage APIs a worker has, so an example can print and
 * compute, and nothing else. The page starts a fresh worker for every run.
 */
import * as library from '#activations';
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

/** @param programOf turns a request into the program to run; it may throw a SyntaxError */
export function serve(programOf: (message: ToWorker) => string): void {
  scope.onmessage = async ({ data }: MessageEvent<ToWorker>) => {
    let program: string;
    try {
      program = programOf(data);
    } catch (error) {
      // Sucrase's message ends with the position, e.g. "Unexpected token (3:7)".
      post({ type: 'threw', error: `SyntaxError: ${error instanceof Error ? error.message : String(error)}`, line: undefined });
      return;
    }
    lockDown();
    const result = await runProgram(program, {
      modules: { '#activations': library },
      format: library.format,
      print: (text) => post({ type: 'line', text }),
      exercise: data.check === undefined ? undefined : { check: data.check, library },
    });
    post(result.kind === 'ok' ? { type: 'done', verdict: result.verdict } : { type: 'threw', error: result.error, line: result.line });
  };
  post({ type: 'ready' });
}
