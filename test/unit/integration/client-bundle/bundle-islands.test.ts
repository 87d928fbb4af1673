/**
 * The islands' bundle a build makes in place of Vite's client bundle: what a
 * page loads first is one file per island, everything it loads later is a
 * file the site has, under the site's base, and the course's modules are in it.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { init, parse } from 'es-module-lexer';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundleIslands } from '../../../../src/integration/client-bundle/bundle-islands.ts';
import type { IslandScriptUrls } from '../../../../src/integration/client-bundle/island-scripts.ts';
import { prebundleIslands, prebundleTarget } from '../../../../src/integration/client-bundle/prebundle-islands.ts';
import { ModuleBundler } from '../../../../src/integration/modules/bundle-modules.ts';
import { parseCourseOptions } from '../../../../src/integration/options.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const BASE = '/course/';
let outDir = '';
let cacheDir = '';
let urls: IslandScriptUrls;
let copied: string[];

/** A module's imports: static ones (`import … from`) and dynamic ones with a string specifier. */
async function importsOf(file: string): Promise<{ static: string[]; dynamic: string[] }> {
  await init;
  const [imports] = parse(await readFile(file, 'utf8'));
  return {
    static: imports.filter(({ d }) => d === -1).map(({ n }) => n ?? ''),
    dynamic: imports.filter(({ d, n }) => d > -1 && n !== undefined).map(({ n }) => n!),
  };
}

/** The file a URL under the base names in the built site. */
const fileOf = (url: string) => join(outDir, url.slice(BASE.length));

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'islands-'));
  cacheDir = await mkdtemp(join(tmpdir(), 'islands-cache-'));
  const target = prebundleTarget(undefined);
  ({ scripts: urls, copied } = await bundleIslands({
    root,
    base: BASE,
    assetsDir: '_astro',
    outDir,
    ...target,
    prebundled: await prebundleIslands({ ...target, cacheDir }),
    modules: { options: parseCourseOptions({ title: 'T', description: 'D', display: 'numpy' }), courseModules: ['#activations'], bundler: new ModuleBundler(root), exampleModules: () => [] },
  }));
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
});

describe('bundleIslands', () => {
  test('makes each island script one file, named by its content under the base’s assets folder, which a page loads with no other', async () => {
    expect(Object.keys(urls).toSorted()).toEqual(['course-example', 'function-explorer', 'reader']);
    for (const url of Object.values(urls)) {
      expect(url).toMatch(/^\/course\/_astro\/[\w-]+\.[\w-]{8}\.js$/);
      expect((await importsOf(fileOf(url))).static, url).toEqual([]);
    }
  });

  test('copies into a script only modules that keep no state, which its on-demand code may then copy too', () => {
    // A module on this list is in two copies on a page, whose state the two would not share: check that it keeps
    // none before adding it here.
    expect(copied.map((file) => file.slice(root.length))).toEqual(['src/islands/example-storage.ts', 'src/lib/short-hash.ts']);
  });

  test('every file the islands import, at once or on demand, is in the site, and none has a name a URL would misread', async () => {
    const seen = new Set<string>();
    const visit = async (file: string): Promise<void> => {
      if (seen.has(file)) return;
      seen.add(file);
      const { static: statics, dynamic } = await importsOf(file);
      for (const specifier of [...statics, ...dynamic]) {
        const target = specifier.startsWith(BASE) ? fileOf(specifier) : join(file, '..', specifier);
        expect(existsSync(target), `${specifier}, imported by ${file}`).toBe(true);
        await visit(target);
      }
    };
    for (const url of Object.values(urls)) await visit(fileOf(url));
    const names = [...seen].map((file) => file.slice(file.lastIndexOf('/') + 1));
    // The examples' runner, its editor, the explorer and a module's source for the examples, each reached.
    for (const pattern of [/^example-controller\./, /^editor\./, /^explorer\./, /^_23activations\./]) expect(names.some((name) => pattern.test(name)), String(pattern)).toBe(true);
    for (const name of await readdir(join(outDir, '_astro'))) expect(name).toMatch(/^[\w.-]+$/);
  });

  test('the islands read the course: its display for the examples, and its modules for the explorers', async () => {
    const files = await readdir(join(outDir, '_astro'));
    const controller = await readFile(join(outDir, '_astro', files.find((name) => name.startsWith('example-controller.'))!), 'utf8');
    expect(controller).toContain('"numpy"');
    const source = await readFile(join(outDir, '_astro', files.find((name) => name.startsWith('_23activations.'))!), 'utf8');
    expect(source).toContain('sigmoid');
  });

  test('a module the examples import that cannot be bundled stops the bundle, naming it', async () => {
    const target = prebundleTarget(undefined);
    const failing = bundleIslands({
      root,
      base: '/',
      assetsDir: '_astro',
      outDir: join(outDir, 'failing'),
      ...target,
      prebundled: await prebundleIslands({ ...target, cacheDir }),
      modules: { options: parseCourseOptions({ title: 'T', description: 'D' }), courseModules: [], bundler: new ModuleBundler(root), exampleModules: () => ['no-such-package'] },
    });
    await expect(failing).rejects.toThrow(/no-such-package/);
  });
});
