/**
 * The example processes (issue 11, item 1): a pool up to one per core, which
 * grows only while runs wait behind busy ones, so a few quick examples cost the
 * build one process start, and slow ones still spread over the cores.
 */
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { instrument } from '../../src/example-runtime/instrument.ts';
import { ProcessPool, type PoolRun } from '../../src/integration/examples/process-pool.ts';

function run(code: string): PoolRun {
  return { input: { program: instrument(code).program, modules: {}, lessonDir: '/content/', display: 'inspect', exercise: undefined }, code: {}, timeoutMs: 10_000 };
}

const SLOW_START = fileURLToPath(new URL('fixtures/slow-start.mjs', import.meta.url));

let pool: ProcessPool | undefined;
afterEach(() => pool?.close());

describe('ProcessPool({ size })', () => {
  test('quick runs go through one process, however many are queued', async () => {
    pool = new ProcessPool({ size: 2 });
    const results = await Promise.all(Array.from({ length: 12 }, (_, index) => pool!.run(run(`${index} * 2;`))));
    expect(results.map((result) => result.kind === 'ok' && result.output)).toEqual(Array.from({ length: 12 }, (_, index) => String(index * 2)));
    expect(pool.pids).toHaveLength(1);
  });

  test('runs whose process is slow to start up (a busy machine) still go through one process', async () => {
    // The process takes 400 ms more to start, longer than the pool lets a run hold up the queue.
    pool = new ProcessPool({ size: 2, execArgv: ['--import', SLOW_START] });
    const results = await Promise.all(Array.from({ length: 3 }, (_, index) => pool!.run(run(`${index} + 1;`))));
    expect(results.map((result) => result.kind === 'ok' && result.output)).toEqual(['1', '2', '3']);
    expect(pool.pids).toHaveLength(1);
  });

  test('runs waiting behind a slow one get another process, up to the size', async () => {
    pool = new ProcessPool({ size: 2 });
    const finished: string[] = [];
    // About a second of compute (an example's clock stands still, so it cannot wait on Date.now()).
    const slow = pool.run(run('let sum = 0;\nfor (let i = 0; i < 1.5e9; i++) sum += i % 3;\n"slow";')).then(() => finished.push('slow'));
    const quick = pool.run(run('"quick";')).then(() => finished.push('quick'));
    await Promise.all([slow, quick]);
    // Queued behind the slow run, the quick one would have finished last in a pool that never grows.
    expect(finished).toEqual(['quick', 'slow']);
    expect(pool.pids).toHaveLength(2);
  });
});
