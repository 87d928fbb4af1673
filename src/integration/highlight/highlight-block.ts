/** One code block highlighted as Astro's rehype-shiki does it: the same highlighter, options and `<pre>`. */
import type { ShikiConfig } from '@astrojs/markdown-remark';
import type { Element } from 'hast';

export interface Block {
  code: string;
  language: string;
  meta: string | undefined;
}

export async function highlightBlock(config: ShikiConfig, { code, language, meta }: Block): Promise<Element> {
  // Loaded at the first block, not with this module: the highlighter's process changes what Shiki
  // loads for its engine first (shared-patterns.ts). Astro keeps one highlighter for given options.
  const { createShikiHighlighter } = await import('@astrojs/markdown-remark/shiki');
  const highlighter = await createShikiHighlighter(config);
  const { wrap, defaultColor, transformers } = config;
  const root = await highlighter.codeToHast(code, language, {
    ...(meta !== undefined && { meta }),
    ...(wrap !== undefined && { wrap }),
    ...(defaultColor !== undefined && { defaultColor }),
    ...(transformers && { transformers }),
  });
  const pre = root.children[0];
  if (pre?.type !== 'element') throw new Error(`Shiki returned no <pre> for a ${language} block`);
  return pre;
}
