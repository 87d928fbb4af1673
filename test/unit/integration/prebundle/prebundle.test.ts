import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { init, parse } from 'es-module-lexer';
import { afterAll, describe, expect, test } from 'vitest';
import { PREBUNDLED, prebundleIslands, prebundleTarget, VITE_DEFAULT_TARGET } from '../../../../src/integration/prebundle/prebundle-islands.ts';
import { vitePluginPrebundled } from '../../../../src/integration/prebundle/vite-plugin-prebundled.ts';

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

describe('vitePluginPrebundled', () => {
  /** The plugin's hooks as Vite's client build calls them, under a site base of /course/. */
  function clientBuild() {
    const plugin = vitePluginPrebundled(() => files);
    const emitted: { fileName: string; source: string }[] = [];
    const context = {
      environment: { name: 'client', config: { base: '/course/', build: { assetsDir: '_astro' } } },
      emitFile: (file: { fileName: string; source: string }) => (emitted.push(file), file.fileName),
    };
    type Hook = { filter: { id: RegExp }; handler: (this: typeof context, ...args: string[]) => Promise<unknown> };
    // As Rolldown calls a filtered hook: only for ids its filter passes.
    const call = (hook: unknown, id: string, ...rest: string[]) => {
      const { filter, handler } = hook as Hook;
      return filter.id.test(id) ? handler.call(context, id, ...rest) : Promise.resolve(undefined);
    };
    (plugin.buildStart as unknown as () => void)();
    return {
      emitted,
      resolve: (source: string, importer: string) => call(plugin.resolveId, source, importer),
      load: (id: string) => call(plugin.load, id),
    };
  }

  test('the controller imports the prebuilt editor by its URL, and the sandbox gets the workers’ URLs', async () => {
    const build = clientBuild();
    const { editor, worker } = Object.fromEntries(await files);
    const controller = PREBUNDLED.editor.entry.replace(/editor\.ts$/, 'example-controller.ts');
    expect(await build.resolve('./editor.ts', controller)).toEqual({ id: `/course/_astro/${editor!.fileName}`, external: 'absolute' });
    const sandbox = PREBUNDLED.worker.entry.replace(/worker\.ts$/, 'sandbox.ts');
    const id = (await build.resolve('./worker.ts?worker&url', sandbox)) as string;
    expect(await build.load(id)).toBe(`export default ${JSON.stringify(`/course/_astro/${worker!.fileName}`)};`);
    // Each file is written once, among the assets, whatever imports it.
    await build.resolve('./editor.ts', controller);
    expect(build.emitted.map(({ fileName }) => fileName)).toEqual([`_astro/${editor!.fileName}`, `_astro/${worker!.fileName}`]);
    expect(build.emitted[0]!.source).toBe(editor!.code);
  });

  test('leaves every other import to Vite', async () => {
    const build = clientBuild();
    expect(await build.resolve('./editor.ts', '/elsewhere/controller.ts')).toBeUndefined();
    expect(await build.resolve('./worker.ts', PREBUNDLED.worker.entry.replace(/worker\.ts$/, 'sandbox.ts'))).toBeUndefined();
    expect(await build.resolve('@codemirror/view', PREBUNDLED.editor.entry)).toBeUndefined();
    expect(build.emitted).toEqual([]);
  });
});
