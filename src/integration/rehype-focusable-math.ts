/**
 * Display formulas scroll sideways when they are wider than the column (see
 * global.css), and a region that scrolls must be reachable by keyboard
 * (WCAG 2.1.1; axe's scrollable-region-focusable). Shiki makes its <pre>
 * focusable for the same reason; this does so for KaTeX's display blocks.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeFocusableMath() {
  return (tree: Root) => {
    visit(tree, 'element', (element) => {
      const classes = element.properties['className'];
      if (Array.isArray(classes) && classes.includes('katex-display')) element.properties['tabIndex'] = 0;
    });
  };
}
