/**
 * What an example can do to the build, and what it gets (issue 10, items 6,
 * 8, 9; issue 11, item 1): examples share no state, a crash, exit, kill or
 * heap bomb ends only the process running that example and is reported, a
 * timed-out example runs once per build, unhandled rejections fail the run
 * whenever they happen, and runs are deterministic.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Example } from '../../src/integration/examples/find-examples.ts';
import type { ExampleRunner } from '../../src/integration/examples/runner.ts';
import { projectRunner } from '../helpers/examples.ts';

let runner: ExampleRunner;
let scratch: string;
let line = 0;

function example(code: string, fields: Partial<Example> = {}): Example {
  line += 10;
  return { file: 'content/isolation.mdx', line, code, role: 'example', throws: false, timeoutMs: 5_000, expected: undefined, outputLine: undefined, exercise: undefined, ...fields };
}

/** Reaches the example process's own `process` (a vm context is no boundary: authored examples are build code). */
const HOST_PROCESS = 'const host = (setTimeout as any).constructor("return process")();';

async function resultOf(code: string, fields: Partial<Example> = {}) {
  const [outcome] = await runner.run([example(code, fields)]);
  return outcome!.result;
}

beforeAll(async () => {
  runner = await projectRunner();
  scratch = await mkdtemp(join(tmpdir(), 'example-isolation-'));
});

afterAll(async () => {
  runner.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('examples share no state', () => {
  test('a global set by one example is not there in the next', async () => {
    const [first, second] = await runner.run([
      example('(globalThis as any).leak = 1;\nconsole.log(typeof (globalThis as any).leak);'),
      example('console.log(typeof (globalThis as any).leak);'),
    ]);
    expect(first!.result).toEqual({ kind: 'ok', output: 'number' });
    expect(second!.result).toEqual({ kind: 'ok', output: 'undefined' });
  });

  test("a change to a module's exports or to a built-in prototype stays in its example", async () => {
    await resultOf("import * as a from '#activations';\n(a as any).extra = 1;\n(Array.prototype as any).extra = 2;");
    expect(await resultOf("import * as a from '#activations';\nconsole.log('extra' in a, 'extra' in []);")).toEqual({ kind: 'ok', output: 'false false' });
  });

  test("what the runner makes for an example belongs to the example's realm, though the runner runs outside it", async () => {
    const code = [
      'declare const exports: object;',
      'declare const require: (specifier: string) => unknown;',
      "let missing: unknown;\nconst nowhere = '#nowhere';",
      'try { require(nowhere); } catch (error) { missing = error; }',
      'console.log(Object.getPrototypeOf(exports) === Object.prototype, missing instanceof Error);',
    ].join('\n');
    expect(await resultOf(code)).toEqual({ kind: 'ok', output: 'true true' });
  });

  test("the library's values belong to the example's realm (instanceof holds)", async () => {
    expect(await resultOf("import { sigmoid } from '#activations';\nconsole.log(sigmoid([0]) instanceof Array);")).toEqual({ kind: 'ok', output: 'true' });
  });

  test("values of the example's realm print as Node prints its own (errors, maps, typed arrays)", async () => {
    const result = await resultOf("const e = new TypeError('t');\nconsole.log(String(e), new Map([[1, 2]]), new Float64Array([0.5]));\nconsole.log(e);");
    expect(result?.kind).toBe('ok');
    const [first, second] = result!.output.split('\n');
    expect(first).toBe('TypeError: t Map(1) { 1 => 2 } Float64Array(1) [ 0.5 ]');
    expect(second).toBe('TypeError: t');
  });

  test('Node is not in scope: the page has no process either', async () => {
    const result = await resultOf('const p = (globalThis as any).process;\np.kill(p.pid);');
    expect(result).toMatchObject({ kind: 'threw', error: "TypeError: Cannot read properties of undefined (reading 'kill')", line: 2 });
  });

  test("an error's line is the example's own, even after the example replaced the global Error", async () => {
    const result = await resultOf("(globalThis as any).Error = class {};\nconsole.log('replaced');\nthrow new RangeError('out of range');");
    expect(result).toEqual({ kind: 'threw', output: 'replaced', error: 'RangeError: out of range', line: 3 });
  });
});

describe('nothing an example does takes the build down', () => {
  test('killing its own process is reported, and the next example runs', async () => {
    const [killed, next] = await runner.run([example(`${HOST_PROCESS}\nconsole.log('before');\nhost.kill(host.pid);`), example('console.log("still here");')]);
    expect(killed!.result).toEqual({ kind: 'crashed', output: 'before', reason: 'killed the process running it (SIGTERM)' });
    expect(next!.result).toEqual({ kind: 'ok', output: 'still here' });
  });

  test('process.exit is reported with its code', async () => {
    expect(await resultOf(`${HOST_PROCESS}\nhost.exit(3);`)).toEqual({ kind: 'crashed', output: '', reason: 'ended the process running it (exit code 3)' });
  });

  test('a heap bomb hits the memory cap and is reported as such', async () => {
    const result = await resultOf('const hoard: number[][] = [];\nwhile (true) hoard.push(new Array(1e6).fill(1));', { timeoutMs: 60_000 });
    expect(result).toEqual({ kind: 'crashed', output: '', reason: 'ran out of memory: it may use up to 256 MB' });
  });

  test('a stack overflow is an ordinary error', async () => {
    expect(await resultOf('function f(): number {\n  return f() + 1;\n}\nf();')).toMatchObject({ kind: 'threw', error: 'RangeError: Maximum call stack size exceeded' });
  });

  test('an endless loop is stopped at its limit with what it printed, and the next example runs', async () => {
    const [looped, next] = await runner.run([example("console.log('starting');\nwhile (true) {}", { timeoutMs: 300 }), example('console.log(1);')]);
    expect(looped!.result).toEqual({ kind: 'timeout', output: 'starting', timeoutMs: 300 });
    expect(next!.result).toEqual({ kind: 'ok', output: '1' });
  });
});

describe('timeouts and rejections', () => {
  test('a timed-out example runs once per build, however often it is asked for', async () => {
    const marks = join(scratch, 'runs.txt');
    const code = `${HOST_PROCESS}\nhost.getBuiltinModule('fs').appendFileSync(${JSON.stringify(marks)}, 'x');\nwhile (true) {}`;
    const timedOut = example(code, { timeoutMs: 200 });
    // The cold-start batch and then the lesson itself, as in a build.
    await runner.run([timedOut]);
    const [again] = await runner.run([{ ...timedOut }]);
    expect(again!.result).toMatchObject({ kind: 'timeout' });
    expect(await readFile(marks, 'utf8')).toBe('x');
  });

  test('an unhandled rejection fails the run when it happens at once', async () => {
    expect(await resultOf("void Promise.reject(new Error('at once'));\nconsole.log('printed');")).toEqual({ kind: 'threw', output: 'printed', error: 'Error: at once', line: undefined });
  });

  test('and when it happens 10 ms later', async () => {
    expect(await resultOf("void setTimeout(() => Promise.reject(new Error('later')), 10);")).toEqual({ kind: 'threw', output: '', error: 'Error: later', line: undefined });
  });

  test("a timer's output is part of the run, and the run waits for it", async () => {
    expect(await resultOf("void setTimeout(() => console.log('late'), 20);\nconsole.log('early');")).toEqual({ kind: 'ok', output: 'early\nlate' });
  });
});

describe('runs are deterministic', () => {
  test('Math.random is seeded and the clock is fixed, the same in every run', async () => {
    const code = 'console.log(Math.random(), Math.random());\nconsole.log(Date.now(), new Date().toISOString(), performance.now());';
    const [first, second] = await runner.run([example(code), example(`${code}\n`)]);
    expect(first!.result).toEqual({ kind: 'ok', output: '0.3588899754427616 0.6752904796446454\n946684800000 2000-01-01T00:00:00.000Z 0' });
    expect(second!.result).toEqual(first!.result);
  });

  test('dates print in UTC on every machine', async () => {
    expect(await resultOf('console.log(new Date(0).getHours(), String(new Date(0)));')).toEqual({ kind: 'ok', output: '0 Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)' });
  });
});
