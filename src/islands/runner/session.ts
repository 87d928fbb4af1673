/**
 * Runs examples for the page: a fresh worker per run (started ahead of time,
 * so a run never waits for one), a 3-second limit after which the worker is
 * terminated, and the output written into the example as text, never HTML.
 */
import type { Verdict } from '../../example-runtime/exercise.ts';
import { loadSources } from './module-sources.ts';
import type { FromWorker, RunContext, ToWorker } from './protocol.ts';

export const TIME_LIMIT_MS = 3_000;

export interface RunReport {
  lines: string[];
  outcome: { kind: 'ok'; verdict: Verdict | undefined } | { kind: 'threw'; error: string; line: number | undefined } | { kind: 'stopped' };
  ms: number;
}

interface Spare {
  worker: Worker;
  ready: Promise<void>;
}

/**
 * Two kinds of worker: unedited examples run the program the build made; only
 * edited code needs the transpiler, whose bytes load with the second kind.
 */
type Kind = 'built' | 'edited';
const spares: Partial<Record<Kind, Spare>> = {};

function startWorker(kind: Kind): Spare {
  // Literal URLs, so the bundler emits each worker as its own file.
  const worker =
    kind === 'built'
      ? new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'course-example' })
      : new Worker(new URL('./worker-edited.ts', import.meta.url), { type: 'module', name: 'course-example-edited' });
  const ready = new Promise<void>((resolve) => {
    worker.addEventListener('message', function onReady(event: MessageEvent<FromWorker>) {
      if (event.data.type !== 'ready') return;
      worker.removeEventListener('message', onReady);
      resolve();
    });
  });
  return { worker, ready };
}

/** A worker that has loaded the library and waits for its one run. */
function takeWorker(kind: Kind): Spare {
  const taken = spares[kind] ?? startWorker(kind);
  delete spares[kind];
  return taken;
}

/** Starts the next run's worker now, while the reader reads or types. */
export function prepare(kind: Kind = 'built'): void {
  spares[kind] ??= startWorker(kind);
}

/** A Run as the page asks for it: the code, and the keys of the modules it is known to import. */
export type RunRequest = ({ program: string } | { source: string }) & Omit<RunContext, 'sources'> & { imports: readonly string[] };

/**
 * Runs one example. `onLine` receives each printed line as it comes, so a
 * long run shows progress and a stopped one shows what it had printed.
 */
export async function run({ imports, ...request }: RunRequest, onLine: (line: string) => void): Promise<RunReport> {
  const kind: Kind = 'program' in request ? 'built' : 'edited';
  const { worker, ready } = takeWorker(kind);
  const [sources] = await Promise.all([loadSources(imports), ready]);
  const started = performance.now();
  const lines: string[] = [];
  const report = await new Promise<RunReport['outcome']>((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'stopped' }), TIME_LIMIT_MS);
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === 'load') {
        void loadSources(data.keys).then((more) => worker.postMessage({ type: 'modules', sources: more } satisfies ToWorker));
      } else if (data.type === 'line') {
        lines.push(data.text);
        onLine(data.text);
      } else if (data.type === 'done' || data.type === 'threw') {
        clearTimeout(timer);
        resolve(data.type === 'done' ? { kind: 'ok', verdict: data.verdict } : { kind: 'threw', error: data.error, line: data.line });
      }
    };
    worker.onerror = (event) => {
      clearTimeout(timer);
      event.preventDefault();
      resolve({ kind: 'threw', error: event.message || 'Error: the example could not start', line: undefined });
    };
    worker.postMessage({ type: 'run', ...request, sources } satisfies ToWorker);
  });
  worker.terminate();
  prepare(kind);
  return { lines, outcome: report, ms: performance.now() - started };
}
