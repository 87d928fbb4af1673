import { rehypeShiki } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeHighlightCode from '../../../src/integration/rehype-highlight-code.ts';

const themes = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;

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
].join('\n');

async function html(highlighter: 'ours' | 'astro'): Promise<string> {
  const parsed = unified().use(remarkParse).use(remarkRehype);
  const highlighted = highlighter === 'ours' ? parsed.use(() => rehypeHighlightCode({ themes, defaultColor: false })) : parsed.use(rehypeShiki, { themes, defaultColor: false }, ['math']);
  return String(await highlighted.use(rehypeStringify).process(markdown));
}

describe('rehypeHighlightCode', () => {
  test('writes the markup Astro’s own Shiki step writes, block for block', async () => {
    const ours = await html('ours');
    const astros = await html('astro');
    expect(ours).toBe(astros);
    expect(ours.match(/class="astro-code/g)).toHaveLength(5);
    // The math block is left for remark-math's renderer.
    expect(ours).toContain('<code class="language-math">x^2\n</code>');
  });

  test('a repeated block is its own copy: changing one leaves the other as highlighted', async () => {
    const plugin = rehypeHighlightCode({ themes, defaultColor: false });
    const tree = unified().use(remarkRehype).runSync(unified().use(remarkParse).parse('```ts\nconst a = 1;\n```\n\n```ts\nconst a = 1;\n```\n')) as Root;
    await plugin(tree);
    const [first, second] = tree.children.filter((node): node is Element => node.type === 'element');
    expect(first?.tagName).toBe('pre');
    expect(second).toEqual(first);
    first!.properties['dataChanged'] = 'yes';
    expect(second!.properties['dataChanged']).toBeUndefined();
  });
});
