/**
 * What running an example costs beyond its own compute, outside any build:
 * the chapter's examples through one example process (fresh context and
 * modules evaluated afresh for each), against the same programs run one
 * after another in this process with no isolation at all (their own compute,
 * the library's evaluation included). CPU time, so other load on the machine
 * does not count.
 */
import { collectExamples } from '../../../src/integration/examples/collect.ts';
import { createCourseRunner } from '../../../src/integration/examples/create-runner.ts';
import { examplesOf } from '../../../src/integration/examples/find-examples.ts';
import { ProcessPool } from '../../../src/integration/examples/process-pool.ts';
import { DISPLAYS } from '../../../src/example-runtime/print.ts';
import { runProgram } from '../../../src/example-runtime/run-program.ts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface PerExample {
  examples: number;
  /** Through one example process: wall ms per example, compute included. */
  isolatedMs: number;
  /** CPU ms of the example process per example (immune to other load on the machine). */
  isolatedCpuMs: number;
  /** The same programs in this process, no isolation: CPU ms per example. */
  computeCpuMs: number;
}

/** CPU time (user + system) of a process so far, in ms, from /proc (Linux). */
async function cpuOf(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  // utime and stime are fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
  return ((Number(fields[11]) + Number(fields[12])) / 100) * 1000;
}

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

export async function measurePerExample(root: string): Promise<PerExample> {
  const lessons = await collectExamples(join(root, 'content'), root);
  const examples = lessons.flatMap((lesson) => examplesOf(lesson.found));
  const { runner } = await createCourseRunner({ root, display: 'numpy', cacheFile: undefined });
  const prepared = await Promise.all(examples.map((example) => runner.prepare(example)));
  const runs = prepared.map((item, index) => ({
    input: { program: item.main?.program ?? '', modules: item.hashes, lessonDir: item.lessonDir, display: 'numpy' as const, exercise: undefined },
    code: Object.fromEntries(Object.entries(item.hashes).map(([key, hash]) => [hash, item.sources[key]!])),
    timeoutMs: examples[index]!.timeoutMs,
  }));
  const pool = new ProcessPool({ size: 1 });
  // The process's start and the first compile of the runtime are paid once per build, not per example.
  await pool.run(runs[0]!);
  const [pid] = pool.pids;
  const cpuBefore = await cpuOf(pid!);
  let started = performance.now();
  for (const item of runs) await pool.run(item);
  const isolatedMs = (performance.now() - started) / runs.length;
  const isolatedCpuMs = ((await cpuOf(pid!)) - cpuBefore) / runs.length;
  pool.close();
  // runProgram fixes the clock and Math.random of the scope it runs in (determinism.ts): here, this
  // process's own, so they are put back after each program, and time is read from a saved clock.
  const { Date: RealDate, Math: RealMath } = globalThis;
  const random = RealMath.random;
  const consoleMethods = { ...console };
  started = cpuNow();
  for (const item of prepared) {
    await runProgram(item.main?.program ?? '', { sources: item.sources, lessonDir: item.lessonDir, display: DISPLAYS.numpy, print: () => undefined });
    Object.assign(globalThis, { Date: RealDate });
    RealMath.random = random;
    delete (performance as { now?: unknown }).now;
    Object.assign(console, consoleMethods);
  }
  const computeCpuMs = (cpuNow() - started) / prepared.length;
  runner.close();
  return { examples: examples.length, isolatedMs, isolatedCpuMs, computeCpuMs };
}
