import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { init, parse } from 'es-module-lexer';
import { afterAll, describe, expect, test } from 'vitest';
import { prebundleIslands, prebundleTarget, VITE_DEFAULT_TARGET } from '../../../../src/integration/client-bundle/prebundle-islands.ts';

const cacheDir = await mkdtemp(join(tmpdir(), 'prebundle-'));
afterAll(() => rm(cacheDir, { recursive: true, force: true }));
const files = prebundleIslands({ ...prebundleTarget(undefined), cacheDir });

describe('prebundleIslands', () => {
  test('makes each island one whole ES module, named by its content', async () => {
    const bundles = await files;
    expect([...bundles.keys()]).toEqual(['editor', 'worker', 'worker-edited']);
    const worker = bundles.get('worker')!;
    expect(worker.fileName).toMatch(/^worker-[\w-]{8}\.js$/);
    expect(bundles.get('editor')!.fileName).toMatch(/^editor\.[\w-]{8}\.js$/);
    // No import is left to resolve: a worker made from a blob: URL could not fetch one.
    await init;
    for (const { code } of bundles.values()) expect(parse(code)[0].map(({ n }) => n)).toEqual([]);
    // Nothing of a course is built in (the page tells the workers its display with each run).
    expect(worker.code).not.toContain('virtual:course');
  });

  test('keeps the islands for the next build, of any course, which takes them as they were', async () => {
    const bundles = await files;
    expect((await readdir(cacheDir)).filter((name) => name.startsWith('islands-'))).toHaveLength(1);
    expect(await prebundleIslands({ ...prebundleTarget(undefined), cacheDir })).toEqual(bundles);
    // Another target is another bundle, kept beside the first.
    const older = await prebundleIslands({ target: ['es2020'], minify: true, cacheDir });
    expect(older.get('worker')!.fileName).not.toBe(bundles.get('worker')!.fileName);
    expect((await readdir(cacheDir)).filter((name) => name.startsWith('islands-'))).toHaveLength(2);
  });

  test('builds for the site’s Vite target, or for Vite’s default', () => {
    expect(prebundleTarget(undefined)).toEqual({ target: VITE_DEFAULT_TARGET, minify: true });
    expect(prebundleTarget({ build: { target: 'baseline-widely-available' } }).target).toBe(VITE_DEFAULT_TARGET);
    expect(prebundleTarget({ build: { target: ['es2022'], minify: false } })).toEqual({ target: ['es2022'], minify: false });
  });
});
