/**
 * Gives each section heading (h2–h4) of a lesson a link to itself, shown as
 * `#` on hover and focus (global.css, "Heading anchors"), so a reader can copy
 * the address of a section. Built into the HTML: no JavaScript.
 *
 * The ids are Astro's own: its rehypeHeadingIds runs after our plugins, so it
 * runs here first (it keeps an id it finds, and the same slugger gives the
 * same ids). The link has no text, only an aria-label and a CSS `#`, so the
 * heading's text (the table of contents, the search index) stays the same.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isHighlightedCode } from './highlighted-code.ts';

const SECTION_HEADINGS = new Set(['h2', 'h3', 'h4']);

function anchor(id: string, text: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `Link to the section “${text.trim()}”` },
    children: [],
  };
}

/** Astro's transformer, typed as the (tree, file) function it is. */
const assignIds = rehypeHeadingIds() as (tree: Root, file: VFile) => void;

export default function rehypeHeadingAnchors() {
  return (tree: Root, file: VFile) => {
    assignIds(tree, file);
    // The heading's text as Astro read it for its id: a formula counts once, as plain text (rehype-katex-strict.ts).
    const texts = new Map((file.data.astro?.headings ?? []).map(({ slug, text }) => [slug, text]));
    visit(tree, 'element', (element) => {
      if (isHighlightedCode(element)) return SKIP;
      const id = element.properties['id'];
      if (!SECTION_HEADINGS.has(element.tagName) || typeof id !== 'string') return undefined;
      element.children.push(anchor(id, texts.get(id) ?? toText(element)));
      return undefined;
    });
  };
}
