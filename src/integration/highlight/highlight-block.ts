/**
 * One code block highlighted as Astro's rehype-shiki does it: the same options and `<pre>`. The
 * languages Shiki has precompiled go through precompiled-highlighter.ts; any other through Astro's
 * own highlighter, loaded only then.
 */
import type { ShikiConfig } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { highlightPrecompiled, precompiledGrammar } from './precompiled-highlighter.ts';

export interface Block {
  code: string;
  language: string;
  meta: string | undefined;
}

async function highlightWithAstro(config: ShikiConfig, { code, language, meta }: Block): Promise<Root> {
  const { createShikiHighlighter } = await import('@astrojs/markdown-remark/shiki');
  // Astro keeps one highlighter for given options.
  const highlighter = await createShikiHighlighter(config);
  const { wrap, defaultColor, transformers } = config;
  return highlighter.codeToHast(code, language, {
    ...(meta !== undefined && { meta }),
    ...(wrap !== undefined && { wrap }),
    ...(defaultColor !== undefined && { defaultColor }),
    ...(transformers && { transformers }),
  });
}

export async function highlightBlock(config: ShikiConfig, block: Block): Promise<Element> {
  const grammar = precompiledGrammar(config, block.language);
  const root = grammar ? await highlightPrecompiled(config, grammar, block.code, block.language, block.meta) : await highlightWithAstro(config, block);
  const pre = root.children[0];
  if (pre?.type !== 'element') throw new Error(`Shiki returned no <pre> for a ${block.language} block`);
  return pre;
}
