/**
 * Highlights every fenced code block with Shiki, as Astro's own rehype-shiki
 * does (same highlighter, same options, same markup), but highlights each
 * distinct block once per build: a course repeats blocks (an example's
 * output, an import line, a block shown again in a later lesson), and Shiki
 * is the costliest step of a lesson's compile, a TypeScript block taking
 * about 5 ms as it tokenizes the code once for each of the two themes. The
 * anchor benchmark's 100-lesson chapter, whose blocks repeat, spent 1.4 s of
 * a build in it.
 *
 * Astro's highlighting is turned off in the integration (`syntaxHighlight:
 * false`) and this runs first among the rehype plugins, where Astro's would.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { createShikiHighlighter } from '@astrojs/markdown-remark/shiki';
import { visitParents } from 'unist-util-visit-parents';

type Themes = NonNullable<NonNullable<Parameters<typeof createShikiHighlighter>[0]>['themes']>;

export interface HighlightOptions {
  /** Shiki's themes by name, e.g. `{ light: 'github-light', dark: 'github-dark' }`. */
  themes: Themes;
  /** As Astro's `shikiConfig.defaultColor`: false emits every theme as CSS variables. */
  defaultColor: string | false;
}

/** Languages left as they are, as Astro leaves them (remark-math's `math` blocks). */
const EXCLUDED = new Set(['math']);
const LANGUAGE = /\blanguage-(\S+)\b/;
/** Bounds the memory in `astro dev`, where every edit of a block adds one. */
const MEMO_LIMIT = 5_000;

function languageOf(code: Element): string {
  const className = code.properties['className'];
  const classes = Array.isArray(className) ? className : typeof className === 'string' ? [className] : [];
  for (const name of classes) {
    const match = typeof name === 'string' ? LANGUAGE.exec(name) : null;
    if (match?.[1]) return match[1];
  }
  return 'plaintext';
}

/**
 * Each distinct block's highlighted `<pre>`, by options, language, meta and code, kept as the promise
 * of it: the lessons compile at once, and would all miss while the first is highlighted. Copied for
 * each use, as later plugins change it. Kept for the whole build: MDX makes a new processor, and so
 * calls the plugin anew, for every lesson.
 */
const memo = new Map<string, Promise<Element>>();

export default function rehypeHighlightCode({ themes, defaultColor }: HighlightOptions) {
  const optionsKey = JSON.stringify([themes, defaultColor]);

  async function highlight(code: string, language: string, meta: string | undefined): Promise<Element> {
    // Astro keeps one highlighter for given options.
    const highlighter = await createShikiHighlighter({ themes });
    const root = await highlighter.codeToHast(code, language, { ...(meta !== undefined && { meta }), defaultColor });
    return root.children[0] as Element;
  }

  async function highlighted(code: string, language: string, meta: string | undefined): Promise<Element> {
    const key = JSON.stringify([optionsKey, language, meta ?? null, code]);
    let pre = memo.get(key);
    if (!pre) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      pre = highlight(code, language, meta);
      memo.set(key, pre);
      // A block that fails is tried again by the next lesson that has it, and reports its own error.
      pre.catch(() => memo.delete(key));
    }
    return structuredClone(await pre);
  }

  return async (tree: Root): Promise<void> => {
    const blocks: { code: Element; pre: Element; holder: Element | Root }[] = [];
    visitParents(tree, 'element', (node, ancestors) => {
      const pre = ancestors.at(-1);
      const holder = ancestors.at(-2);
      if (node.tagName !== 'code' || pre?.type !== 'element' || pre.tagName !== 'pre' || pre.children.length !== 1 || !holder) return;
      if (holder.type !== 'element' && holder.type !== 'root') return;
      if (!EXCLUDED.has(languageOf(node))) blocks.push({ code: node, pre, holder });
    });
    for (const { code, pre, holder } of blocks) {
      const data = code.data as { meta?: string | null } | undefined;
      const meta = data?.meta ?? (code.properties['metastring'] as string | undefined) ?? undefined;
      const replacement = await highlighted(toText(code, { whitespace: 'pre' }), languageOf(code), meta ?? undefined);
      holder.children[holder.children.indexOf(pre)] = replacement;
    }
  };
}
