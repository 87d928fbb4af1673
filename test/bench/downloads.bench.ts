/**
 * Prints what the lesson downloads cost: the size of each lesson's and the
 * chapter's zip, and the time the build spends making them, measured by
 * making them again outside Astro with the build's example cache warm (as the
 * build does: its examples have run by the time the downloads are made).
 * Figures only, never asserted.
 *
 * Run with `npm run bench:downloads` after a build (`npm run build`), so the
 * example cache in node_modules/.astro/ is filled; a cold cache would time
 * the examples' runs, not the downloads.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDownloads } from '../../src/integration/downloads/write-downloads.ts';
import { createCourseRunner } from '../../src/integration/examples/create-runner.ts';
import { repoRoot } from '../helpers/build-site.ts';

const outDir = await mkdtemp(join(tmpdir(), 'course-downloads-'));
try {
  const { runner } = await createCourseRunner({ root: repoRoot, display: 'numpy', cacheFile: join(repoRoot, 'node_modules/.astro/examples.json') });
  const options = { root: repoRoot, contentDir: join(repoRoot, 'content'), outDir, site: new URL('https://course.example.org'), base: '/', courseTitle: 'Bench', display: 'numpy', runner } as const;
  // The first run loads TypeScript's parser and fills the runner's memory; the build pays that once too.
  const first = await writeDownloads(options);
  const times = [first.ms];
  // CPU time too: on a shared machine the wall clock mostly measures the neighbours.
  const cpuBefore = process.cpuUsage();
  for (let run = 0; run < 4; run++) times.push((await writeDownloads(options)).ms);
  const cpu = process.cpuUsage(cpuBefore);
  for (const file of [...first.lessons, ...first.chapters]) console.log(`${file.path.padEnd(52)} ${(file.bytes / 1000).toFixed(1).padStart(6)} kB`);
  const sorted = times.slice(1).toSorted((a, b) => a - b);
  console.log(`making all downloads: first ${first.ms.toFixed(0)} ms, then median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms (of ${sorted.length}); CPU ${((cpu.user + cpu.system) / 1000 / sorted.length).toFixed(0)} ms per run`);
} finally {
  await rm(outDir, { recursive: true, force: true });
}
