/**
 * The body of an example worker: runs one reader's example, away from the
 * page. The worker is started by the sandbox frame (sandbox.ts): an opaque
 * origin whose Content-Security-Policy allows no connections, so whatever the
 * code tries, the browser lets it reach no network and none of the site's
 * storage. (Deleting globals, as this file once did, cannot be made complete.)
 *
 * The page talks to the worker over a MessagePort, the first message the
 * worker receives; everything after goes through it.
 */
import type { Instrumented } from '../../example-runtime/instrument.ts';
import { moduleKey, type ModuleSources } from '../../example-runtime/modules.ts';
import { DISPLAYS } from '../../example-runtime/print.ts';
import { runProgram } from '../../example-runtime/run-program.ts';
import { cutLine } from './output-limits.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

/** The part of a dedicated worker's global scope used here (the project compiles against the DOM library, not WebWorker's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
}
const scope = self as unknown as WorkerScope;

type RunMessage = Extract<ToWorker, { type: 'run' }>;
type Send = (message: FromWorker) => void;

/**
 * Lines are posted as they are printed, up to WINDOW_MESSAGES messages in
 * each BATCH_MS; beyond that they wait in a batch, posted when the window
 * ends or the batch is full.
 */
const WINDOW_MESSAGES = 20;
const BATCH_MS = 25;
const BATCH_LINES = 2_000;
const BATCH_CHARS = 256 * 1024;

/**
 * Collects printed lines and posts them, in batches once they come fast: one
 * message per line made a flood of output a flood of page tasks. Code that
 * prints a little at a time has each line posted at once, so an example
 * that prints and then hangs shows what it printed. A tight loop never
 * yields to a timer, so `print` itself posts when the window is over; the
 * timer covers code that prints a burst and then waits.
 */
function createPrinter(send: Send) {
  let lines: string[] = [];
  let chars = 0;
  let windowStart = -Infinity;
  let sent = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (lines.length > 0) send({ type: 'lines', lines });
    lines = [];
    chars = 0;
  };
  const print = (text: string) => {
    const line = cutLine(text);
    lines.push(line);
    chars += line.length;
    const now = performance.now();
    if (now - windowStart >= BATCH_MS) {
      windowStart = now;
      sent = 0;
    }
    if (sent < WINDOW_MESSAGES || lines.length >= BATCH_LINES || chars >= BATCH_CHARS) {
      sent++;
      flush();
    } else {
      timer ??= setTimeout(flush, BATCH_MS);
    }
  };
  return { print, flush };
}

/** Asks the page for the modules the run needs that it did not send, and waits for them. */
function loadMissing(port: MessagePort, send: Send, keys: readonly string[], sources: ModuleSources): Promise<ModuleSources> {
  const missing = keys.filter((key) => !(key in sources));
  if (missing.length === 0) return Promise.resolve(sources);
  return new Promise((resolve) => {
    port.onmessage = ({ data }: MessageEvent<ToWorker>) => {
      if (data.type === 'modules') resolve({ ...sources, ...data.sources });
    };
    send({ type: 'load', keys: missing });
  });
}

/** @param programOf turns a request into the program to run; it may throw a SyntaxError */
export function serve(programOf: (message: RunMessage) => Pick<Instrumented, 'program'> & { imports?: readonly string[] }): void {
  scope.onmessage = ({ data }) => {
    const port = (data as { port?: unknown } | null)?.port;
    if (!(port instanceof MessagePort)) return;
    scope.onmessage = null;
    // Bound now, before reader code could replace MessagePort.prototype.postMessage to catch the port.
    const post = port.postMessage.bind(port);
    const send: Send = (message) => post(message);
    port.onmessage = ({ data: message }: MessageEvent<ToWorker>) => {
      if (message.type === 'run') void runOnce(port, send, programOf, message);
    };
    send({ type: 'ready' });
  };
}

async function runOnce(port: MessagePort, send: Send, programOf: Parameters<typeof serve>[0], message: RunMessage): Promise<void> {
  let instrumented;
  try {
    instrumented = programOf(message);
  } catch (error) {
    // Sucrase's message ends with the position, e.g. "Unexpected token (3:7)".
    send({ type: 'threw', error: `SyntaxError: ${error instanceof Error ? error.message : String(error)}`, line: undefined });
    return;
  }
  const keys = (instrumented.imports ?? []).map((specifier) => moduleKey(specifier, message.lessonDir));
  const sources = await loadMissing(port, send, keys, message.sources);
  const printer = createPrinter(send);
  const result = await runProgram(instrumented.program, {
    sources,
    lessonDir: message.lessonDir,
    display: DISPLAYS[message.display],
    print: printer.print,
    exercise: message.exercise,
  });
  printer.flush();
  send(result.kind === 'ok' ? { type: 'done', verdict: result.verdict } : { type: 'threw', error: result.error, line: result.line });
}
