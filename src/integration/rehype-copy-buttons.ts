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
import { visit } from 'unist-util-visit';

function copyButton(): Element {
  return {
    type: 'element',
    tagName: 'button',
    properties: { type: 'button', className: ['copy-code'], ariaLabel: 'Copy code to clipboard' },
    children: [{ type: 'text', value: 'Copy' }],
  };
}

/** Shiki writes `class` as one string; remark-rehype writes `className` as a list. */
function hasClass(node: Element, name: string): boolean {
  const classes = node.properties['className'] ?? node.properties['class'];
  return (Array.isArray(classes) ? classes.map(String) : String(classes ?? '').split(/\s+/)).includes(name);
}

function isCodeBlock(node: Element): boolean {
  return node.tagName === 'pre' && hasClass(node, 'astro-code');
}

export default function rehypeCopyButtons() {
  return (tree: Root) => {
    visit(tree, 'element', (pre, index, parent) => {
      if (!isCodeBlock(pre) || !parent || index === undefined) return;
      const actions = parent.children.find((child) => child.type === 'element' && hasClass(child, 'example-actions'));
      if (actions?.type === 'element') {
        actions.children.push(copyButton());
        return;
      }
      const bar: Element = { type: 'element', tagName: 'div', properties: { className: ['code-bar'] }, children: [copyButton()] };
      parent.children.splice(index, 0, bar);
      return index + 2; // past the bar and the block
    });
  };
}
