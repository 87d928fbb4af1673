import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cachedBuild, type Built } from '../../../src/integration/bundle-cache.ts';

let folder = '';
let cacheDir = '';
let source = '';
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bundle-cache-'));
  cacheDir = join(folder, 'cache');
  source = join(folder, 'island.ts');
  await writeFile(source, 'export const answer = 42;\n');
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/** A build of `source` that counts its calls: its value is what it read. */
function counting() {
  let calls = 0;
  const build = async (): Promise<Built<string>> => {
    calls++;
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(source, 'utf8');
    return { value: `bundled: ${text}`, inputs: [{ path: source, bytes: Buffer.byteLength(text) }] };
  };
  return { build, calls: () => calls };
}

describe('cachedBuild', () => {
  test('builds once, and gives the kept result while the files it read are unchanged', async () => {
    const { build, calls } = counting();
    expect(await cachedBuild(cacheDir, 'islands', { target: 'es2022' }, build)).toBe('bundled: export const answer = 42;\n');
    expect(await cachedBuild(cacheDir, 'islands', { target: 'es2022' }, build)).toBe('bundled: export const answer = 42;\n');
    expect(calls()).toBe(1);
  });

  test('builds again when a file it read has changed, even to the same size', async () => {
    const { build, calls } = counting();
    await cachedBuild(cacheDir, 'islands', {}, build);
    await writeFile(source, 'export const answer = 43;\n');
    expect(await cachedBuild(cacheDir, 'islands', {}, build)).toBe('bundled: export const answer = 43;\n');
    expect(calls()).toBe(2);
  });

  test('builds again when a file it read is gone', async () => {
    const { build, calls } = counting();
    await cachedBuild(cacheDir, 'islands', {}, build);
    await rm(source);
    await writeFile(source, 'export const answer = 44;\n');
    await cachedBuild(cacheDir, 'islands', {}, build);
    expect(calls()).toBe(2);
  });

  test('keeps each name and settings apart', async () => {
    const { build, calls } = counting();
    await cachedBuild(cacheDir, 'islands', { minify: true }, build);
    await cachedBuild(cacheDir, 'islands', { minify: false }, build);
    await cachedBuild(cacheDir, 'helpers', { minify: true }, build);
    expect(calls()).toBe(3);
    expect((await readdir(cacheDir)).toSorted()).toHaveLength(3);
  });

  test('keeps nothing when a file changed while it was built (the result may be of the old text)', async () => {
    let calls = 0;
    const build = async (): Promise<Built<string>> => {
      calls++;
      // What the bundler read: 26 bytes; the file is saved with more while it bundles.
      await writeFile(source, 'export const answer = 420000;\n');
      return { value: 'old', inputs: [{ path: source, bytes: 26 }] };
    };
    await cachedBuild(cacheDir, 'islands', {}, build);
    await cachedBuild(cacheDir, 'islands', {}, build);
    expect(calls).toBe(2);
  });

  test('a kept file it cannot read is built again; without a folder, every call builds', async () => {
    const { build, calls } = counting();
    await cachedBuild(cacheDir, 'islands', {}, build);
    const [kept] = await readdir(cacheDir);
    await writeFile(join(cacheDir, kept!), '{ not json');
    expect(await cachedBuild(cacheDir, 'islands', {}, build)).toBe('bundled: export const answer = 42;\n');
    await cachedBuild(undefined, 'islands', {}, build);
    await cachedBuild(undefined, 'islands', {}, build);
    expect(calls()).toBe(4);
  });
});
