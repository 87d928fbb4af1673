import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
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
afterEach(async () => {
  vi.useRealTimers();
  await rm(folder, { recursive: true, force: true });
});

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

  describe('the files\' statuses', () => {
    /** A kept record as bundle-cache.ts writes it. */
    interface KeptRecord {
      inputs: { [path: string]: { sha256: string; status?: string } };
    }
    const recordFile = async () => join(cacheDir, (await readdir(cacheDir)).find((name) => name.endsWith('.json'))!);
    const record = async () => JSON.parse(await readFile(await recordFile(), 'utf8')) as KeptRecord;

    /** Builds, then lets the source settle (its last change seconds old) and reuses it, which keeps its status. */
    async function keptWithStatus() {
      const counted = counting();
      await cachedBuild(cacheDir, 'islands', {}, counted.build);
      // Just written, the source is too recent for its status to vouch for its content.
      expect((await record()).inputs[source]!.status).toBeUndefined();
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 10_000 });
      expect(await cachedBuild(cacheDir, 'islands', {}, counted.build)).toBe('bundled: export const answer = 42;\n');
      await vi.waitFor(async () => expect((await record()).inputs[source]!.status).toBeDefined());
      return counted;
    }

    test('a file whose status is as kept is not read again', async () => {
      const { build, calls } = await keptWithStatus();
      // Were the source read, this hash would not match it.
      const kept = await record();
      kept.inputs[source]!.sha256 = 'not the hash of its content';
      await writeFile(await recordFile(), JSON.stringify(kept));
      expect(await cachedBuild(cacheDir, 'islands', {}, build)).toBe('bundled: export const answer = 42;\n');
      expect(calls()).toBe(1);
    });

    test('a file saved with the same size and its modification time set back is built again', async () => {
      // A whole second, which setting the time back can give exactly (a Date has no nanoseconds).
      const time = 1_700_000_000;
      await utimes(source, time, time);
      const { build, calls } = await keptWithStatus();
      // Past the file system clock's tick, so the time of change moves on (a save within the same tick is
      // what SETTLED_MS guards against).
      await sleep(30);
      await writeFile(source, 'export const answer = 43;\n');
      await utimes(source, time, time);
      expect((await stat(source, { bigint: true })).mtimeNs).toBe(BigInt(time) * 1_000_000_000n);
      expect(await cachedBuild(cacheDir, 'islands', {}, build)).toBe('bundled: export const answer = 43;\n');
      expect(calls()).toBe(2);
    });
  });
});
