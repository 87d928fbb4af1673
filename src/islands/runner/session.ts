/**
 * Runs examples for the page: a fresh sandboxed worker per run (started ahead
 * of time, so a run never waits for one; see sandbox.ts), a 3-second limit
 * after which the worker is terminated, and a way to stop a run early (a new
 * Run or a Reset of the same example).
 */
import { display } from 'virtual:course/config';
import type { Verdict } from '../../example-runtime/exercise.ts';
import { loadSources } from './module-sources.ts';
import { parseFromWorker, type RunContext, type ToWorker, type WorkerKind } from './protocol.ts';
import { spawnWorker, type SandboxedWorker } from './sandbox.ts';

export const TIME_LIMIT_MS = 3_000;

export interface RunReport {
  outcome:
    | { kind: 'ok'; verdict: Verdict | undefined }
    | { kind: 'threw'; error: string; line: number | undefined }
    | { kind: 'stopped' }
    /** Stopped by the page (a new Run, a Reset): nothing more to show. */
    | { kind: 'cancelled' };
  ms: number;
}

interface Spare {
  worker: SandboxedWorker;
  ready: Promise<void>;
}

/**
 * Two kinds of worker: unedited examples run the program the build made; only
 * edited code needs the transpiler, whose bytes load with the second kind.
 */
const spares: Partial<Record<WorkerKind, Spare>> = {};

function startWorker(kind: WorkerKind): Spare {
  const worker = spawnWorker(kind);
  const ready = new Promise<void>((resolve) => {
    worker.port.onmessage = ({ data }: MessageEvent<unknown>) => {
      if (parseFromWorker(data)?.type === 'ready') resolve();
    };
  });
  return { worker, ready };
}

/** A worker that has loaded its script and waits for its one run. */
function takeWorker(kind: WorkerKind): Spare {
  const taken = spares[kind] ?? startWorker(kind);
  delete spares[kind];
  return taken;
}

/** Starts the next run's worker now, while the reader reads or types. */
export function prepare(kind: WorkerKind = 'built'): void {
  spares[kind] ??= startWorker(kind);
}

/** A Run as the page asks for it: the code, and the keys of the modules it is known to import. */
export type RunRequest = ({ program: string } | { source: string }) & Omit<RunContext, 'sources'> & { imports: readonly string[] };

/**
 * Runs one example. `onLines` receives printed lines in batches as they come,
 * so a long run shows progress and a stopped one shows what it had printed.
 * Aborting `signal` ends the run at once, and nothing more is reported.
 */
export async function run({ imports, ...request }: RunRequest, onLines: (lines: readonly string[]) => void, signal: AbortSignal): Promise<RunReport> {
  const kind: WorkerKind = 'program' in request ? 'built' : 'edited';
  const { worker, ready } = takeWorker(kind);
  const [sources] = await Promise.all([loadSources(imports), ready]);
  const started = performance.now();
  const outcome = await new Promise<RunReport['outcome']>((resolve) => {
    if (signal.aborted) return resolve({ kind: 'cancelled' });
    const timer = setTimeout(() => resolve({ kind: 'stopped' }), TIME_LIMIT_MS);
    const end = (result: RunReport['outcome']) => {
      clearTimeout(timer);
      resolve(result);
    };
    signal.addEventListener('abort', () => end({ kind: 'cancelled' }), { once: true });
    worker.port.onmessage = ({ data }: MessageEvent<unknown>) => {
      const message = parseFromWorker(data);
      if (message?.type === 'load') {
        void loadSources(message.keys).then((more) => worker.port.postMessage({ type: 'modules', sources: more } satisfies ToWorker));
      } else if (message?.type === 'lines') {
        onLines(message.lines);
      } else if (message?.type === 'done') {
        end({ kind: 'ok', verdict: message.verdict });
      } else if (message?.type === 'threw') {
        end({ kind: 'threw', error: message.error, line: message.line });
      }
    };
    worker.onerror = (message) => end({ kind: 'threw', error: message || 'Error: the example could not start', line: undefined });
    worker.port.postMessage({ type: 'run', ...request, sources, display } satisfies ToWorker);
  });
  // Whatever it still sends is dropped with the port.
  worker.port.onmessage = null;
  worker.terminate();
  prepare(kind);
  return { outcome, ms: performance.now() - started };
}
