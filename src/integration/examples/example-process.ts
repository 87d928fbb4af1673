/**
 * An example process: a long-lived child of the build that runs examples one
 * at a time, each in a fresh `vm` context (example-scope.ts) with the shared
 * runtime and its module bundles evaluated afresh inside it, so examples share
 * no state while the process keeps Node, the runtime's compiled code and the
 * bundles loaded. Started and replaced by process-pool.ts: whatever an example
 * does here (exit, kill, run out of memory) ends this process, not the build.
 */
// First: it prepares Error for node-inspect-extracted, which reads it as it loads.
import './cross-realm.ts';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import type { ContextRuntime } from './context-runtime.ts';
import { createExampleScope } from './example-scope.ts';
import { INSPECT_GLOBAL, type FromChild, type RunInput, type ToChild } from './process-protocol.ts';

/** Lines are sent at once while there are few, then gathered into one message per ~2 ms (a flood of 200,000 lines is then cheap). */
const PROMPT_LINES = 1_000;
const GATHER_MS = 2;
/** Output kept per run: far beyond any lesson, short of filling the build's memory. */
const MAX_OUTPUT_CHARS = 8_000_000;

let runtime: vm.Script | undefined;
const moduleCode = new Map<string, string>();
/** The run in progress; a failure outside its await chain (a timer's exception, an unhandled rejection) is charged to it. */
let failCurrent: ((error: unknown) => void) | undefined;

// Required, not imported: Node would lex the CommonJS package's 51 kB for its exports first, in every process.
const inspectModule = createRequire(import.meta.url)('node-inspect-extracted') as typeof import('node-inspect-extracted');

const send = (message: FromChild) => process.send?.(message);

function lineSender(id: number) {
  let batch: string[] = [];
  let sent = 0;
  let lastSend = 0;
  let chars = 0;
  let dropped = 0;
  const flush = () => {
    if (batch.length === 0) return;
    send({ type: 'lines', id, lines: batch });
    sent += batch.length;
    batch = [];
    lastSend = performance.now();
  };
  return {
    print(text: string) {
      if (chars > MAX_OUTPUT_CHARS) {
        dropped++;
        return;
      }
      chars += text.length + 1;
      batch.push(text);
      if (sent < PROMPT_LINES || performance.now() - lastSend >= GATHER_MS) flush();
    },
    finish() {
      if (dropped > 0) batch.push(`… ${dropped} more lines not kept: a run keeps ${MAX_OUTPUT_CHARS / 1e6} MB of output`);
      flush();
    },
  };
}

async function run(id: number, input: RunInput): Promise<void> {
  if (!runtime) throw new Error('example-process.ts: a run arrived before the runtime');
  let failure: unknown;
  let failed = false;
  failCurrent = (error) => {
    if (!failed) [failed, failure] = [true, error];
  };
  const scope = createExampleScope((error) => failCurrent?.(error));
  // The runtime takes this process's printer as it starts, and the example never sees it.
  scope.global[INSPECT_GLOBAL] = inspectModule;
  runtime.runInContext(scope.global);
  delete scope.global[INSPECT_GLOBAL];
  const context = scope.global['__courseRuntime'] as ContextRuntime;
  const sources: Record<string, string> = {};
  for (const [key, hash] of Object.entries(input.modules)) sources[key] = moduleCode.get(hash) ?? '';
  const output = lineSender(id);
  send({ type: 'start', id });
  const result = await context.runProgram(input.program, {
    sources,
    lessonDir: input.lessonDir,
    display: context.displays[input.display],
    print: (text) => output.print(text),
    exercise: input.exercise,
  });
  // As Node runs a script: the run is over when its timers are, and a
  // rejection nobody handled (reported after the current macrotask) fails it.
  if (result.kind === 'ok') await scope.idle();
  await new Promise((resolve) => setImmediate(resolve));
  scope.dispose();
  failCurrent = undefined;
  output.finish();
  if (result.kind === 'threw') send({ type: 'threw', id, text: result.error, line: result.line });
  else if (failed) send({ type: 'threw', id, text: context.printError(failure), line: undefined });
  else send({ type: 'done', id, verdict: result.verdict });
}

process.on('unhandledRejection', (reason) => failCurrent?.(reason));
process.on('uncaughtException', (error) => failCurrent?.(error));
process.on('message', (message: ToChild) => {
  if (message.type === 'init') runtime = new vm.Script(message.runtime, { filename: 'course-runtime.js' });
  else if (message.type === 'modules') for (const [hash, code] of Object.entries(message.code)) moduleCode.set(hash, code);
  else {
    run(message.id, message.input).catch((error: unknown) => {
      // The runner's own fault, not the example's: say so rather than hang the build.
      send({ type: 'threw', id: message.id, text: `Error: the example process failed: ${error instanceof Error ? error.stack : String(error)}`, line: undefined });
    });
  }
});
