/**
 * Adds `import 'katex/dist/katex.min.css'` to every MDX file that contains
 * math, and to no other. Astro propagates a content entry's imported styles
 * only to the pages that render it, so KaTeX's CSS (and through it the fonts
 * the formulas use) loads exactly on pages with math.
 */
import type { Root } from 'mdast';
// Adds the `mdxjsEsm` node (an MDX import/export) to mdast's node types.
import type {} from 'mdast-util-mdxjs-esm';
import { visit, EXIT } from 'unist-util-visit';

const KATEX_CSS = 'katex/dist/katex.min.css';

function hasMath(tree: Root): boolean {
  let found = false;
  visit(tree, (node) => {
    if (node.type === 'math' || node.type === 'inlineMath') {
      found = true;
      return EXIT;
    }
    return undefined;
  });
  return found;
}

export default function remarkKatexStyles() {
  return (tree: Root, file: { path?: string }) => {
    // Plain .md files cannot import; MDX can, and lessons are MDX.
    if (!file.path?.endsWith('.mdx') || !hasMath(tree)) return;
    tree.children.unshift({
      type: 'mdxjsEsm',
      value: `import '${KATEX_CSS}';`,
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [
            {
              type: 'ImportDeclaration',
              specifiers: [],
              attributes: [],
              source: { type: 'Literal', value: KATEX_CSS, raw: `'${KATEX_CSS}'` },
            },
          ],
        },
      },
    });
  };
}
