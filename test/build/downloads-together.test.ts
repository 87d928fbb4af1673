/**
 * The downloads are made while the pages are generated, on the build's busy
 * event loop: a chapter's lessons are made together, and the files they read
 * are read together, so they wait for few of that loop's turns. One after the
 * other, each lesson and each file cost several (100 lessons' downloads ended
 * 0.3 s after the checks that wait for them). On a copy of the second course
 * (test/fixtures/courses/losses), then with 40 more lessons.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { copyOfLosses } from '../helpers/losses-copy.ts';
import { writeDownloads, type DownloadStats } from '../../src/integration/downloads/write-downloads.ts';
import { turnsTaken } from '../helpers/busy-event-loop.ts';

const EXTRA_LESSONS = 40;

const course = await copyOfLosses('downloads-together-');
const { root, runner } = course;
afterAll(() => course.remove());

async function build(): Promise<DownloadStats> {
  const outDir = await mkdtemp(join(tmpdir(), 'downloads-together-out-'));
  try {
    return await writeDownloads({ root, contentDir: join(root, 'content'), outDir, site: undefined, base: '/', courseTitle: 'Losses', display: 'inspect', runner, cacheFile: undefined });
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/** Copies of the first lesson, each its own lesson of the chapter, with the same examples. */
async function addLessons(count: number): Promise<void> {
  const mse = await readFile(join(root, 'content', 'losses', 'mse.mdx'), 'utf8');
  await Promise.all(
    Array.from({ length: count }, (_, index) =>
      writeFile(join(root, 'content', 'losses', `copy-${index}.mdx`), mse.replace('section: "4.1"', `section: "4.${index + 3}"`).replace('title: Mean squared error', `title: Mean squared error, copy ${index}`)),
    ),
  );
}

/** The turns of a busy event loop the downloads take, once the runner has run every example (as in a build). */
async function turnsOfDownloads(): Promise<{ lessons: number; turns: number }> {
  const { lessons } = await build();
  let stats: DownloadStats | undefined;
  const turns = await turnsTaken(async () => {
    stats = await build();
  });
  expect(stats?.lessons).toHaveLength(lessons.length);
  return { lessons: lessons.length, turns };
}

test('a chapter’s lessons are made together: more lessons cost a busy event loop no more turns', { timeout: 300_000 }, async () => {
  const before = await turnsOfDownloads();
  await addLessons(EXTRA_LESSONS);
  const after = await turnsOfDownloads();
  expect(after.lessons).toBe(before.lessons + EXTRA_LESSONS);
  // One lesson after the other, each of its waits (the runner's answer, its writes) took a turn: 40 more lessons took 172 more turns.
  expect(after.turns - before.turns).toBeLessThan(EXTRA_LESSONS / 2);
});

test('the files the downloads read (the generator’s, the library’s, the plot module’s) are read together', { timeout: 300_000 }, async () => {
  // One file after the other, each read took a few turns: some 260 for this course, the generator's files 200 of them.
  expect((await turnsOfDownloads()).turns).toBeLessThan(100);
});
