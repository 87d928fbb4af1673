/**
 * Prints what building costs, examples included (issue 11, item 5), on the
 * anchor benchmark's chapter (see build/chapter.ts) at 6 and 100 lessons:
 *
 *   1. cold builds (output and every cache removed) and warm builds (caches
 *      kept, nothing changed), with the 3 blocks of each lesson plain and as
 *      examples: medians of BENCH_RUNS (default 3); and cold builds without
 *      Node's compile cache (src/integration/compile-cache.mjs), as a machine's
 *      first build is;
 *   2. the cost of an example beyond its own compute, outside the build;
 *   3. `astro dev`: from saving a lesson to the page with the new output;
 *   4. the cost of reporting a 20,000-line wrong output.
 *
 * Figures only, never asserted: the machine may be busy. Compare figures of
 * one run, as ratios. Run with `npm run bench:build` (BENCH_ONLY=builds|example|dev|mismatch for one part).
 */
import { cleanCourse, writeChapter, type Blocks } from './build/chapter.ts';
import { measureDevSaves } from './build/dev-save.ts';
import { measureMismatch } from './build/mismatch.ts';
import { measurePerExample } from './build/per-example.ts';
import { median, timeBuild } from './build/timing.ts';
import { availableParallelism, loadavg } from 'node:os';
import { rm } from 'node:fs/promises';
import { COURSE_ROOT } from './build/chapter.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const ONLY = process.env['BENCH_ONLY'];
const part = (name: string) => ONLY === undefined || ONLY === name;
const s = (seconds: number) => `${seconds.toFixed(2)} s`;

async function builds(): Promise<void> {
  console.log(`Builds of the anchor chapter (median of ${RUNS}; cold = output and caches removed first)`);
  console.log('  lessons  blocks    cold       warm       cold, no compile cache  warm build\'s examples line');
  const cold = new Map<string, number>();
  for (const lessons of [6, 100]) {
    for (const blocks of ['plain', 'run'] as Blocks[]) {
      const root = await writeChapter(lessons, blocks);
      const colds: number[] = [];
      const warms: number[] = [];
      const firsts: number[] = [];
      let line = '';
      for (let i = 0; i < RUNS; i++) {
        await cleanCourse();
        firsts.push((await timeBuild(root, { NODE_DISABLE_COMPILE_CACHE: '1' })).seconds);
        await cleanCourse();
        colds.push((await timeBuild(root)).seconds);
        const warm = await timeBuild(root);
        warms.push(warm.seconds);
        line = warm.examples;
      }
      cold.set(`${lessons}-${blocks}`, median(colds));
      console.log(`  ${String(lessons).padStart(7)}  ${blocks.padEnd(8)}  ${s(median(colds)).padEnd(9)}  ${s(median(warms)).padEnd(9)}  ${s(median(firsts)).padEnd(22)}  ${blocks === 'run' ? line : ''}`);
    }
    const examples = lessons * 3;
    const extra = cold.get(`${lessons}-run`)! - cold.get(`${lessons}-plain`)!;
    console.log(`           examples cost the cold build ${s(extra)} for ${examples}: ${((extra / examples) * 1000).toFixed(1)} ms each`);
  }
}

async function perExample(): Promise<void> {
  const root = await writeChapter(100, 'run');
  const { examples, isolatedMs, isolatedCpuMs, computeCpuMs } = await measurePerExample(root);
  console.log(`\nPer example, ${examples} examples through one example process (fresh vm context each, outside the build), CPU time`);
  console.log(`  isolated: ${isolatedCpuMs.toFixed(2)} ms (wall ${isolatedMs.toFixed(2)} ms); the same programs with no isolation: ${computeCpuMs.toFixed(2)} ms; beyond its own compute: ${(isolatedCpuMs - computeCpuMs).toFixed(2)} ms`);
}

async function dev(): Promise<void> {
  const root = await writeChapter(6, 'run');
  await cleanCourse();
  const times = await measureDevSaves(root, 'lesson-003', 7);
  console.log(`\nastro dev, save a lesson → page with the new output (7 saves): median ${Math.round(median(times))} ms (${times.map(Math.round).join(', ')})`);
}

function mismatch(): void {
  const { ms, messageChars } = measureMismatch();
  console.log(`\nReporting a 20,000-line wrong output: ${ms.toFixed(0)} ms, a message of ${messageChars} characters`);
}

console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
try {
  if (part('builds')) await builds();
  if (part('example')) await perExample();
  if (part('dev')) await dev();
  if (part('mismatch')) mismatch();
} finally {
  await rm(COURSE_ROOT, { recursive: true, force: true });
}
console.log(`\nload average at the end: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
