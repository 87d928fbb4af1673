import { rehypeShiki } from '@astrojs/markdown-remark';
import { compile } from '@mdx-js/mdx';
import type { Element, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeHighlightCode from '../../../src/integration/rehype-highlight-code.ts';

const shikiConfig = { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: false } as const;

const markdown = [
  '```ts run',
  "import { sigmoid } from '#activations';",
  'sigmoid(0);',
  '```',
  '',
  '```output',
  '0.5',
  '```',
  '',
  '```ts',
  'const same = 1;',
  '```',
  '',
  '```ts',
  'const same = 1;',
  '```',
  '',
  '```math',
  'x^2',
  '```',
  '',
  '```',
  'no language',
  '```',
  '',
  '```notalanguage',
  'falls back to plain text',
  '```',
].join('\n');

async function html(highlighter: 'ours' | 'astro'): Promise<string> {
  const parsed = unified().use(remarkParse).use(remarkRehype);
  const highlighted = highlighter === 'ours' ? parsed.use(rehypeHighlightCode, { shikiConfig }) : parsed.use(rehypeShiki, shikiConfig);
  return String(await highlighted.use(rehypeStringify).process(markdown));
}

describe('rehypeHighlightCode', () => {
  test('writes the markup Astro’s own Shiki step writes, block for block', async () => {
    const ours = await html('ours');
    const astros = await html('astro');
    expect(ours).toBe(astros);
    expect(ours.match(/class="astro-code/g)).toHaveLength(6);
    // The math block is left for remark-math's renderer.
    expect(ours).toContain('<code class="language-math">x^2\n</code>');
  });

  test('in a lesson, blocks inside components are highlighted too, as Astro highlights them', async () => {
    const lesson = ['<details>', '<summary>Solution</summary>', '', '```ts', 'const inside = 2;', '```', '', '</details>', '', markdown].join('\n');
    const [ours, astros] = await Promise.all([
      compile(lesson, { rehypePlugins: [[rehypeHighlightCode, { shikiConfig }]] }),
      compile(lesson, { rehypePlugins: [[rehypeShiki, shikiConfig]] }),
    ]);
    expect(String(ours)).toBe(String(astros));
    expect(String(ours).match(/"astro-code /g)).toHaveLength(7);
  });

  test('a language listed in excludeLangs is left as it is', async () => {
    const file = await unified().use(remarkParse).use(remarkRehype).use(rehypeHighlightCode, { shikiConfig, excludeLangs: ['ts'] }).use(rehypeStringify).process('```ts\nconst a = 1;\n```\n');
    expect(String(file)).toBe('<pre><code class="language-ts">const a = 1;\n</code></pre>');
  });

  test('a block Shiki cannot highlight fails each lesson that has it with an error of its own', async () => {
    const plugin = rehypeHighlightCode({ shikiConfig: { themes: { light: 'no-such-theme' as 'github-light' } } });
    const lesson = () => unified().use(remarkRehype).runSync(unified().use(remarkParse).parse('```ts\nconst a = 1;\n```\n')) as Root;
    const [first, second] = await Promise.allSettled([plugin(lesson()), plugin(lesson())]);
    expect(first.status).toBe('rejected');
    expect(second.status).toBe('rejected');
    const errors = [first, second].map((result) => (result as PromiseRejectedResult).reason as Error);
    expect(errors[0]?.message).toMatch(/^Shiki could not highlight a ts block: .*no-such-theme/);
    // MDX writes each lesson's location into its error: they must not share one.
    expect(errors[0]).not.toBe(errors[1]);
  });

  test('a repeated block is its own copy: changing one leaves the other as highlighted', async () => {
    const plugin = rehypeHighlightCode({ shikiConfig });
    const tree = unified().use(remarkRehype).runSync(unified().use(remarkParse).parse('```ts\nconst a = 1;\n```\n\n```ts\nconst a = 1;\n```\n')) as Root;
    await plugin(tree);
    const [first, second] = tree.children.filter((node): node is Element => node.type === 'element');
    expect(first?.tagName).toBe('pre');
    expect(second).toEqual(first);
    first!.properties['dataChanged'] = 'yes';
    expect(second!.properties['dataChanged']).toBeUndefined();
  });
});
