/**
 * Curly quotes, dashes and ellipses in the lessons' prose: the same text
 * Astro's own step (remark-smartypants 3) makes, with the same options
 * (`markdown.smartypants`), at about a third of its cost.
 *
 * remark-smartypants educates the quotes of a whole lesson in one retext
 * pass, then parses every text node again with retext, one at a time, for
 * dashes, ellipses and backticks. That second pass was two thirds of its time
 * (about 60 ms of the build's busy thread for a 6-lesson chapter), and it
 * changed none of this course's 800 text nodes. Here it runs only on a node
 * with the characters one of retext-smartypants' rules needs (`mayChange`);
 * parsing and printing the others gives back their text unchanged, so the
 * output is the same (test/unit/integration/remark-smart-punctuation.test.ts
 * compares the two, option by option).
 */
import type { Nodes, Parents, Root } from 'mdast';
import { retext } from 'retext';
import retextSmartypants, { type Options } from 'retext-smartypants';
import { visit } from 'unist-util-visit';

export type { Options as SmartPunctuationOptions } from 'retext-smartypants';

/** The nodes remark-smartypants reads: their text, and the blocks whose start is a fresh start. */
const VISITED = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const IGNORED_ELEMENTS = new Set(['style', 'script']);

type Literal = Extract<Nodes, { value: string }>;

const isLiteral = (node: Nodes): node is Literal => 'value' in node && typeof node.value === 'string';

function visited(node: Nodes, parent: Parents | undefined): boolean {
  if (!parent || !VISITED.has(node.type)) return false;
  // Nor the text of an inline <style> or <script>, nor of a fragment.
  if (parent.type === 'mdxJsxTextElement' && (typeof parent.name !== 'string' || IGNORED_ELEMENTS.has(parent.name))) return false;
  return isLiteral(node) || BLOCKS.has(node.type);
}

/**
 * A test every text the dashes, ellipses and backticks rules change passes (it may pass others): `--`, or
 * a dash after an en or em dash (the inverted and old-school dashes); three dots with only white space
 * between (parse-latin's white space is `\s` and U+0085); two backticks or apostrophes, one with
 * `backticks: 'all'`.
 */
function changeTest(options: Options): (text: string) => boolean {
  const patterns: string[] = [];
  if (options.dashes !== false) patterns.push('--', '[–—]-');
  if (options.ellipses !== false) patterns.push('\\.[\\s\\u0085]*\\.[\\s\\u0085]*\\.');
  if (options.backticks === 'all') patterns.push("[`']");
  else if (options.backticks !== false) patterns.push('``', "''");
  if (patterns.length === 0) return () => false;
  const pattern = new RegExp(patterns.join('|'));
  return (text) => pattern.test(text);
}

export default function remarkSmartPunctuation(options: Options = {}) {
  const quotes = retext().use(retextSmartypants, { ...options, ellipses: false, dashes: false, backticks: false });
  const rest = retext().use(retextSmartypants, { ...options, quotes: false });
  const mayChange = changeTest(options);
  return (tree: Root): undefined => {
    // As remark-smartypants does: the quotes are educated in all the text at once, so a pair around a link
    // or bold text is found; code stands in as letters, and a block starts with a space.
    let allText = '';
    const nodes: Nodes[] = [];
    visit(tree, (node, _index, parent) => {
      if (!visited(node, parent)) return;
      if (isLiteral(node)) allText += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      else allText += ' ';
      nodes.push(node);
    });
    // Only a straight quote is ever educated.
    if (options.quotes !== false && /["']/.test(allText)) allText = String(quotes.processSync(allText));
    let start = 0;
    for (const node of nodes) {
      if (!isLiteral(node)) {
        start += 1;
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') {
        const text = allText.slice(start, end);
        node.value = mayChange(text) ? String(rest.processSync(text)) : text;
      }
      start = end;
    }
  };
}
