import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { lazyPlugin } from '../../../src/integration/lazy-plugin.ts';
import { packagesLoadedBy } from '../../helpers/loaded-packages.ts';

const ROOT = join(import.meta.dirname, '../../..');

describe('lazyPlugin', () => {
  test('loads the plugin when it first transforms a tree, once for every processor, and runs it on each tree', async () => {
    let loads = 0;
    const seen: string[] = [];
    const plugin = lazyPlugin<{ name: string }>(async () => {
      loads++;
      return () => (tree, file) => void seen.push(`${tree.name} in ${file.path}`);
    });
    const first = plugin();
    const second = plugin();
    expect(loads).toBe(0);
    await first({ name: 'a' }, new VFile({ path: 'one.mdx' }));
    await first({ name: 'b' }, new VFile({ path: 'one.mdx' }));
    await second({ name: 'c' }, new VFile({ path: 'two.mdx' }));
    expect(seen).toEqual(['a in one.mdx', 'b in one.mdx', 'c in two.mdx']);
    // Once for each processor MDX attaches the plugin to; the module system keeps the import itself.
    expect(loads).toBe(2);
  });

  test('a transformer’s error is the lesson’s, as it would be without the wrapper', async () => {
    const plugin = lazyPlugin<object>(async () => () => () => {
      throw new Error('bad formula');
    });
    await expect(plugin()({}, new VFile())).rejects.toThrow('bad formula');
  });
});

describe('astro.config.mjs', () => {
  test('loads none of the modules only a lesson’s compile, the end of the build or an author’s mistake needs', () => {
    const packages = packagesLoadedBy(join(ROOT, 'astro.config.mjs'));
    expect(packages.has('@astrojs/mdx')).toBe(true);
    // `yaml` reads only what js-yaml cannot (content/quick-yaml.ts): a mistake, to be named by its line.
    for (const late of ['d3-scale', 'diff', 'htmlparser2', 'pagefind', '@astrojs/sitemap', 'yaml']) expect(packages, late).not.toContain(late);
  });

  test('loads no SVG optimizer: the config is a plain object, not `defineConfig` from astro/config, which loads svgo and csso', () => {
    for (const config of ['astro.config.mjs', 'test/fixtures/courses/losses/astro.config.mjs']) {
      const packages = packagesLoadedBy(join(ROOT, config));
      expect(packages.has('@astrojs/mdx'), config).toBe(true);
      for (const unused of ['svgo', 'csso']) expect(packages, `${config} loads ${unused}`).not.toContain(unused);
    }
  });
});
