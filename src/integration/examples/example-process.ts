/**
 * An example process: a long-lived child of the build that runs examples one
 * at a time, each in a fresh `vm` context (example-scope.ts) with its module
 * bundles evaluated afresh inside it, so examples share no state. The shared
 * runtime (example-runtime/) runs the program from outside the context, in
 * this process's own realm: it is loaded and compiled once and stays warm,
 * while everything the program can see is made in the program's realm
 * (example-runtime/realm.ts). Started and replaced by process-pool.ts:
 * whatever an example does here (exit, kill, run out of memory) ends this
 * process, not the build.
 */
// First: it prepares Error for node-inspect-extracted, which reads it as it loads (print.ts imports it).
import './cross-realm.ts';
import { DISPLAYS, printError } from '../../example-runtime/print.ts';
import { runProgram } from '../../example-runtime/run-program.ts';
import { createExampleScope } from './example-scope.ts';
import type { FromChild, RunInput, ToChild } from './process-protocol.ts';
import { sendToParent } from '../helpers/parent-channel.ts';

/** Lines are sent at once while there are few, then gathered into one message per ~2 ms (a flood of 200,000 lines is then cheap). */
const PROMPT_LINES = 1_000;
const GATHER_MS = 2;
/** Output kept per run: far beyond any lesson, short of filling the build's memory. */
const MAX_OUTPUT_CHARS = 8_000_000;

const moduleCode = new Map<string, string>();
/** The run in progress; a failure outside its await chain (a timer's exception, an unhandled rejection) is charged to it. */
let failCurrent: ((error: unknown) => void) | undefined;

const send = (message: FromChild) => sendToParent(message);

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
  let failure: unknown;
  let failed = false;
  failCurrent = (error) => {
    if (!failed) [failed, failure] = [true, error];
  };
  const scope = createExampleScope((error) => failCurrent?.(error));
  const sources: Record<string, string> = {};
  for (const [key, hash] of Object.entries(input.modules)) sources[key] = moduleCode.get(hash) ?? '';
  const output = lineSender(id);
  const result = await runProgram(input.program, {
    sources,
    lessonDir: input.lessonDir,
    display: DISPLAYS[input.display],
    print: (text) => output.print(text),
    exercise: input.exercise,
    realm: scope.realm,
  });
  // As Node runs a script: the run is over when its timers are, and a
  // rejection nobody handled (reported after the current macrotask) fails it.
  if (result.kind === 'ok') await scope.idle();
  await new Promise((resolve) => setImmediate(resolve));
  scope.dispose();
  failCurrent = undefined;
  output.finish();
  if (result.kind === 'threw') send({ type: 'threw', id, text: result.error, line: result.line });
  else if (failed) send({ type: 'threw', id, text: printError(failure, scope.realm.Error), line: undefined });
  else send({ type: 'done', id, verdict: result.verdict });
}

process.on('unhandledRejection', (reason) => failCurrent?.(reason));
process.on('uncaughtException', (error) => failCurrent?.(error));
process.on('message', (message: ToChild) => {
  if (message.type === 'modules') for (const [hash, code] of Object.entries(message.code)) moduleCode.set(hash, code);
  else {
    run(message.id, message.input).catch((error: unknown) => {
      // The runner's own fault, not the example's: say so rather than hang the build.
      send({ type: 'threw', id: message.id, text: `Error: the example process failed: ${error instanceof Error ? error.stack : String(error)}`, line: undefined });
    });
  }
});

// Started up: from now on the pool times each run from when it sends it.
send({ type: 'ready' });
