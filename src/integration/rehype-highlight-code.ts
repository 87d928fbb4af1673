/**
 * Highlights every fenced code block with Shiki, as Astro's own rehype-shiki
 * does (same highlighter, same options, same markup: the unit test compares
 * the two), but highlights each distinct block once per build: a course
 * repeats blocks (an example's output, an import line, a block shown again in
 * a later lesson), and Shiki is the costliest step of a lesson's compile, a
 * TypeScript block taking about 5 ms as it tokenizes the code once for each
 * of the two themes. The anchor benchmark's 100-lesson chapter, whose blocks
 * repeat, spent 1.4 s of a build in it.
 *
 * The integration turns Astro's highlighting off (`syntaxHighlight: false`)
 * and runs this first among the rehype plugins, where Astro's would run, with
 * the site's resolved `shikiConfig` and `excludeLangs`. On a build, the blocks
 * the lessons' text holds are highlighted ahead in a process of their own
 * (highlight/highlight-ahead.ts), and wait here as promises.
 */
import type { ShikiConfig } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visitParents } from 'unist-util-visit-parents';
import { highlightBlock, type Block } from './highlight/highlight-block.ts';

/** Languages Astro leaves alone unless told otherwise: remark-math's `math` blocks. */
export const DEFAULT_EXCLUDED_LANGUAGES: readonly string[] = ['math'];
const LANGUAGE = /\blanguage-(\S+)\b/;
/** Bounds the memory of a long `astro dev` session, where every edit of a block adds one. */
export const MEMO_LIMIT = 1_000;

/**
 * Each distinct block's highlighted `<pre>`, by configuration, language, meta and code; kept as the
 * promise of it, since the lessons compile at once and would all miss while the first is highlighted.
 * Kept for the whole build: MDX makes a new processor for every lesson, calling the plugin anew.
 */
const memo = new Map<string, Promise<Element>>();

const configKeys = new WeakMap<ShikiConfig, string>();

/** The configuration as a key: its transformers' functions by their source. Made once per configuration. */
function configKey(config: ShikiConfig): string {
  let key = configKeys.get(config);
  if (key === undefined) {
    key = JSON.stringify(config, (_key, value: unknown) => (typeof value === 'function' ? String(value) : value));
    configKeys.set(config, key);
  }
  return key;
}

function blockKey(configured: string, { code, language, meta }: Block): string {
  return JSON.stringify([configured, language, meta ?? null, code]);
}

/**
 * Makes `pre` the highlighted block the lessons will get for `block` under `config`, unless one is known;
 * false when the memo is full.
 */
export function expectHighlight(config: ShikiConfig, block: Block, pre: Promise<Element>): boolean {
  if (memo.size >= MEMO_LIMIT) return false;
  const key = blockKey(configKey(config), block);
  if (!memo.has(key)) remember(key, pre);
  return true;
}

function remember(key: string, made: Promise<Element>): void {
  // A block that failed is highlighted afresh by the next lesson that has it.
  made.catch(() => memo.get(key) === made && memo.delete(key));
  memo.set(key, made);
}

function languageOf(code: Element): string {
  const className = code.properties['className'];
  const classes = Array.isArray(className) ? className : typeof className === 'string' ? [className] : [];
  for (const name of classes) {
    const match = typeof name === 'string' ? LANGUAGE.exec(name) : null;
    if (match?.[1]) return match[1];
  }
  return 'plaintext';
}

/** As Astro reads it: remark-rehype's `data.meta`, or the `metastring` MDX keeps. */
function metaOf(code: Element): string | undefined {
  const fromData = code.data && 'meta' in code.data ? code.data.meta : undefined;
  const meta = fromData ?? code.properties['metastring'];
  return typeof meta === 'string' ? meta : undefined;
}

export interface HighlightOptions {
  /** The site's resolved `markdown.shikiConfig`. */
  shikiConfig: ShikiConfig;
  /** Languages to leave as they are besides `math` (`markdown.syntaxHighlight.excludeLangs`). */
  excludeLangs?: readonly string[];
}

export default function rehypeHighlightCode({ shikiConfig: config, excludeLangs = [] }: HighlightOptions) {
  const configured = configKey(config);
  const excluded = (language: string) => excludeLangs.includes(language) || DEFAULT_EXCLUDED_LANGUAGES.includes(language);

  async function highlighted(block: Block): Promise<Element> {
    const key = blockKey(configured, block);
    let pre = memo.get(key);
    if (!pre) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      pre = highlightBlock(config, block);
      remember(key, pre);
    }
    try {
      return structuredClone(await pre);
    } catch (error) {
      // Each lesson gets an error of its own: MDX's plugin writes the lesson's location into it.
      throw new Error(`Shiki could not highlight a ${block.language} block: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }

  return async (tree: Root): Promise<void> => {
    const found: { code: Element; language: string; pre: Element; holder: { children: unknown[] } }[] = [];
    visitParents(tree, 'element', (node, ancestors) => {
      const pre = ancestors.at(-1);
      // The holder is whatever has the <pre> as a child: the page, an element, or an MDX component.
      const holder = ancestors.at(-2);
      if (node.tagName !== 'code' || pre?.type !== 'element' || pre.tagName !== 'pre' || pre.children.length !== 1 || !holder) return;
      const language = languageOf(node);
      if (!excluded(language)) found.push({ code: node, language, pre, holder });
    });
    for (const { code, language, pre, holder } of found) {
      const replacement = await highlighted({ code: toText(code, { whitespace: 'pre' }), language, meta: metaOf(code) });
      holder.children[holder.children.indexOf(pre)] = replacement;
    }
  };
}
