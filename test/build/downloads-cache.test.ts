/**
 * A build that changed nothing a download is made from copies the last
 * build's zips (byte for byte), and one that changed a lesson, a course file
 * its examples import, or chapters.yaml makes them again. On a copy of the
 * second course (test/fixtures/courses/losses), with the build's own runner.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, expect, test } from 'vitest';
import { copyOfLosses } from '../helpers/losses-copy.ts';
import { writeDownloads, type DownloadStats } from '../../src/integration/downloads/write-downloads.ts';

const course = await copyOfLosses('downloads-cache-');
const { root, runner } = course;
afterAll(() => course.remove());

/** Writes the downloads into a fresh output folder, as each build does. */
async function build(): Promise<{ stats: DownloadStats; zips: Map<string, Uint8Array> }> {
  const outDir = await mkdtemp(join(tmpdir(), 'downloads-out-'));
  const stats = await writeDownloads({ root, contentDir: join(root, 'content'), outDir, site: undefined, base: '/', courseTitle: 'Losses', display: 'inspect', runner, cacheFile: join(root, 'cache', 'downloads.json') });
  const zips = new Map<string, Uint8Array>();
  for (const { path } of [...stats.lessons, ...stats.chapters]) zips.set(path, await readFile(join(outDir, path)));
  await rm(outDir, { recursive: true, force: true });
  return { stats, zips };
}

function fileIn(zip: Uint8Array, name: string): string {
  const entry = Object.entries(unzipSync(zip)).find(([path]) => path.endsWith(name));
  if (!entry) throw new Error(`no ${name} in the zip`);
  return strFromU8(entry[1]);
}

test('an unchanged course copies every zip; an edited lesson, course file or chapters.yaml makes its chapter again', { timeout: 300_000 }, async () => {
  const first = await build();
  expect(first.stats.reused).toBe(0);
  const zipCount = first.zips.size;
  expect(zipCount).toBeGreaterThanOrEqual(3);

  const again = await build();
  expect(again.stats.reused).toBe(zipCount);
  expect(again.zips).toEqual(first.zips);

  // A course file an example imports: the library the zips carry changes.
  const library = join(root, 'losses', 'index.ts');
  await writeFile(library, `${await readFile(library, 'utf8')}\n// edited between builds\n`);
  const edited = await build();
  expect(edited.stats.reused).toBe(0);
  const [lessonZip] = [...edited.zips.values()];
  expect(fileIn(lessonZip!, 'losses/index.ts')).toContain('// edited between builds');

  // A lesson's text.
  const lesson = join(root, 'content', 'losses', 'mse.mdx');
  await writeFile(lesson, (await readFile(lesson, 'utf8')).replace(/^description: .*$/m, 'description: The mean squared error, described anew between builds.'));
  const relesson = await build();
  expect(relesson.stats.reused).toBe(0);
  expect([...relesson.zips.values()].some((zip) => fileIn(zip, '.ipynb').includes('described anew'))).toBe(true);

  // chapters.yaml.
  const chapters = join(root, 'content', 'chapters.yaml');
  await writeFile(chapters, (await readFile(chapters, 'utf8')).replace(/^(\s*title: )(.*)$/m, '$1$2, retitled'));
  expect((await build()).stats.reused).toBe(0);
  expect((await build()).stats.reused).toBe(zipCount);
});
