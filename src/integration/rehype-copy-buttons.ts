/**
 * Puts a Copy button beside every highlighted code block, in the HTML, so it
 * costs no script to create and never covers the code (issue 14, item 4): in
 * a live example it joins the Run/Edit row (where it stays put in edit mode),
 * any other block gets a small bar above it. The click is handled by
 * islands/copy-code.ts, loaded on the first click; without JavaScript the
 * buttons are hidden (global.css, keyed on the <head> script's `data-js`).
 * Runs after Shiki, which Astro runs before our rehype plugins.
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { hasClass } from './hast-classes.ts';
import { isHighlightedCode } from './highlighted-code.ts';

function copyButton(): Element {
  return {
    type: 'element',
    tagName: 'button',
    properties: { type: 'button', className: ['copy-code'], ariaLabel: 'Copy code to clipboard' },
    children: [{ type: 'text', value: 'Copy' }],
  };
}

export default function rehypeCopyButtons() {
  return (tree: Root) => {
    visit(tree, 'element', (pre, index, parent) => {
      if (!isHighlightedCode(pre)) return undefined;
      if (!parent || index === undefined) return SKIP;
      const actions = parent.children.find((child) => child.type === 'element' && hasClass(child, 'example-actions'));
      if (actions?.type === 'element') {
        actions.children.push(copyButton());
        return SKIP;
      }
      const bar: Element = { type: 'element', tagName: 'div', properties: { className: ['code-bar'] }, children: [copyButton()] };
      parent.children.splice(index, 0, bar);
      return index + 2; // past the bar and the block
    });
  };
}
