/**
 * Shiki's highlighted blocks in a lesson's HTML tree (rehype-highlight-code.ts
 * puts them there): a `<pre class="astro-code …">` of hundreds of token spans
 * each. The rehype steps after it look for headings, formulas and blocks,
 * never inside one, so they do not walk into them: in a 100-lesson chapter
 * (300 blocks) walking those spans cost the build's thread about 0.1 s.
 */
import type { Element } from 'hast';
import { hasClass } from './hast-classes.ts';

/** True for a block Shiki highlighted. */
export function isHighlightedCode(node: Element): boolean {
  return node.tagName === 'pre' && hasClass(node, 'astro-code');
}
