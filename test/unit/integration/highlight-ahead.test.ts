import { rehypeShiki } from '@astrojs/markdown-remark';
import { compile } from '@mdx-js/mdx';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkMath from 'remark-math';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { turnsTaken } from '../../helpers/busy-event-loop.ts';

// On this thread a block could only be highlighted by the compile itself: that is made to fail, so a
// lesson that compiles had every block made ahead, on the thread.
vi.mock('../../../src/integration/highlight/highlight-block.ts', () => ({
  highlightBlock: () => Promise.reject(new Error('highlighted on the build thread')),
}));
const { highlightAhead, lessonBlocks } = await import('../../../src/integration/highlight/highlight-ahead.ts');
const { default: rehypeHighlightCode } = await import('../../../src/integration/rehype-highlight-code.ts');
const { HighlightCache } = await import('../../../src/integration/highlight/highlight-cache.ts');

const shikiConfig = { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: false } as const;

const lesson = [
  '---',
  'title: One',
  '---',
  '',
  'Some $x$ and a block:',
  '',
  '```ts run',
  "import { sigmoid } from '#activations';",
  'sigmoid(0);',
  '```',
  '',
  '```output',
  '0.5',
  '```',
  '',
  '<details>',
  '<summary>Solution</summary>',
  '',
  '```ts title="solution.ts"  ',
  'const inside = 2;',
  '```',
  '',
  '</details>',
  '',
  '```math',
  'x^2',
  '```',
  '',
  '```',
  'no language',
  '```',
].join('\n');

const contentDir = await mkdtemp(join(tmpdir(), 'highlight-ahead-'));
afterAll(() => rm(contentDir, { recursive: true, force: true }));

describe('highlightAhead', () => {
  test('reads each block as the compile will see it, leaving math and output alone', async () => {
    await mkdir(join(contentDir, 'ch'), { recursive: true });
    await writeFile(join(contentDir, 'ch', 'one.mdx'), lesson);
    expect(await lessonBlocks(contentDir)).toEqual([
      { code: "import { sigmoid } from '#activations';\nsigmoid(0);\n", language: 'ts', meta: 'run' },
      { code: 'const inside = 2;\n', language: 'ts', meta: 'title="solution.ts"  ' },
      { code: 'no language\n', language: 'plaintext', meta: undefined },
    ]);
  });

  test('reads the lessons together, not one per turn of the build’s busy event loop', async () => {
    const many = await mkdtemp(join(tmpdir(), 'highlight-ahead-many-'));
    try {
      await Promise.all(Array.from({ length: 60 }, (_, index) => writeFile(join(many, `lesson-${index}.mdx`), lesson.replace('sigmoid(0)', `sigmoid(${index})`))));
      let blocks: Awaited<ReturnType<typeof lessonBlocks>> = [];
      const turns = await turnsTaken(async () => {
        blocks = await lessonBlocks(many);
      });
      expect(blocks).toHaveLength(62);
      // One file after the other took a turn each (60 and more), and the highlighter started seconds late.
      expect(turns).toBeLessThan(20);
    } finally {
      await rm(many, { recursive: true, force: true });
    }
  });

  test('makes every block of a lesson on its thread, as Astro’s own Shiki step would', async () => {
    await highlightAhead({ shikiConfig }, contentDir);
    // The build prints an example's output fence as its output (remark-run-examples), which this compile leaves out.
    const compiled = lesson.replace('```output\n0.5\n```\n', '');
    const [ours, astros] = await Promise.all([
      compile(compiled, { remarkPlugins: [remarkMath], rehypePlugins: [[rehypeHighlightCode, { shikiConfig }]] }),
      compile(compiled, { remarkPlugins: [remarkMath], rehypePlugins: [[rehypeShiki, shikiConfig]] }),
    ]);
    expect(String(ours)).toBe(String(astros));
    expect(String(ours).match(/"astro-code /g)).toHaveLength(3);
  });

  test('takes each block a past build highlighted from the cache, and keeps only the blocks this build used', async () => {
    // Settings of their own: the tests above left this configuration's blocks in the compile's memo.
    const config = { ...shikiConfig, wrap: true };
    const cacheFile = join(contentDir, 'highlights.json');
    const kept = await HighlightCache.open(cacheFile, config);
    for (const block of await lessonBlocks(contentDir)) kept.set(block, { type: 'element', tagName: 'pre', properties: { dataKept: block.language }, children: [] });
    kept.set({ code: 'gone\n', language: 'ts', meta: undefined }, { type: 'element', tagName: 'pre', properties: {}, children: [] });
    await kept.save();

    await highlightAhead({ shikiConfig: config }, contentDir, { cacheFile });
    const compiled = await compile(lesson.replace('```output\n0.5\n```\n', ''), { remarkPlugins: [remarkMath], rehypePlugins: [[rehypeHighlightCode, { shikiConfig: config }]] });
    // Every block is the kept one: neither this thread (which fails here) nor the highlighter's process made it.
    expect(String(compiled).match(/"data-kept": "\w+"/g)).toEqual(['"data-kept": "ts"', '"data-kept": "ts"', '"data-kept": "plaintext"']);
    expect(Object.keys(JSON.parse(await readFile(cacheFile, 'utf8')) as object)).toHaveLength(3);
  });

  test('a build keeps the process, its blocks done, for the font cutter; `astro dev` does not', async () => {
    // Settings of their own, so no block is in the compile's memo and the process is started.
    const kept = await highlightAhead({ shikiConfig: { ...shikiConfig, wrap: false } }, contentDir, { keepProcess: true });
    const notKept = await highlightAhead({ shikiConfig: { ...shikiConfig, langAlias: { typescript: 'ts' } } }, contentDir);
    try {
      expect(notKept).toBeUndefined();
      expect(kept?.connected).toBe(true);
      // Once the lesson has every block, the process is still there.
      await compile(lesson.replace('```output\n0.5\n```\n', ''), { remarkPlugins: [remarkMath], rehypePlugins: [[rehypeHighlightCode, { shikiConfig: { ...shikiConfig, wrap: false } }]] });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(kept?.exitCode).toBeNull();
      expect(kept?.signalCode).toBeNull();
    } finally {
      kept?.kill();
    }
  });
});
