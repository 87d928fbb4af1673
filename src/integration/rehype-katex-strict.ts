/**
 * Renders the math that remark-math marked (inline `$…$`, display `$$…$$`)
 * with KaTeX at build time, as HTML plus MathML, and stops the build on TeX
 * that KaTeX cannot parse, naming the lesson, the line and KaTeX's message.
 * The search index keeps each formula once (see lib/math-search.ts).
 *
 * rehype-katex does the rendering part but only warns on bad TeX (it would
 * publish a red formula), and it turns KaTeX's HTML into a tree with parse5.
 * Here a formula stays the HTML string KaTeX wrote, in a `<Fragment set:html>`:
 * a tree of it (hundreds of nodes a formula, most of a lesson's nodes) would be
 * walked by every later plugin and then serialized back to the same string by
 * MDX's optimizer, which together cost a 100-lesson build seconds. Math in a
 * table becomes a tree (htmlparser2 and hastscript build it: KaTeX's output is
 * simple, well-formed markup): a table with a component in it would be written
 * by MDX's JSX, which drops its whitespace and rewrites `align`.
 *
 * A heading's id and table-of-contents entry are made from the text of its
 * text nodes (Astro's rehypeHeadingIds), where a formula's tree would count
 * three times ("The slope σ′(x)\sigma'(x)σ′(x)", id `the-slope-σxsigmaxσx`).
 * So math in a heading is the HTML string too, followed by its plain-text form
 * (lib/plain-math.ts) in a `hidden` span: the id, the contents and the anchor's
 * label read "The slope σ′(x)"; readers see KaTeX's formula, and screen
 * readers and the search index read its MathML, as everywhere else.
 */
import type { Element, ElementContent, Parent, Root } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { toText } from 'hast-util-to-text';
import { h, s } from 'hastscript';
import type { ChildNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import katex from 'katex';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { CourseError, InvalidTex } from '../lib/errors.ts';
import { indexMathOnce } from '../lib/math-search.ts';
import { texToPlainText } from '../lib/plain-math.ts';
import { classesOf } from './hast-classes.ts';
import { isHighlightedCode } from './highlighted-code.ts';
import { relativeToRoot } from './paths.ts';

interface KatexParseError extends Error {
  rawMessage?: string;
  /** Offset of the bad token in the TeX source. */
  position?: number;
}

function toHast(node: ChildNode, inSvg: boolean): ElementContent[] {
  if (node.type === 'text') return [{ type: 'text', value: node.data }];
  if (node.type !== 'tag') return [];
  const svg = inSvg || node.name === 'svg';
  const children = node.children.flatMap((child) => toHast(child, svg));
  return [(svg ? s : h)(node.name, node.attribs, children)];
}

export function katexToHast(html: string): ElementContent[] {
  return parseDocument(html).children.flatMap((node) => toHast(node, false));
}

/** The formula as Astro's MDX writes a static HTML string: what its `optimize` makes of static markup. */
function htmlFragment(html: string, display: boolean): MdxJsxFlowElementHast | MdxJsxTextElementHast {
  return {
    type: display ? 'mdxJsxFlowElement' : 'mdxJsxTextElement',
    name: 'Fragment',
    attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: html }],
    children: [],
  };
}

/** Where math must stay a tree, and where it needs its text beside it: see the header. */
const needsTree = (node: Parent) => node.type === 'element' && (node as Element).tagName === 'table';
const isHeading = (node: Parent) => node.type === 'element' && /^h[1-6]$/.test((node as Element).tagName);

/** A heading's formula, and its plain text for the heading's id and contents entry only. */
function headingFormula(html: string, tex: string): (MdxJsxTextElementHast | MdxJsxFlowElementHast | Element)[] {
  return [htmlFragment(html, false), h('span', { hidden: true, dataPagefindIgnore: true }, texToPlainText(tex))];
}

function texError(error: KatexParseError, tex: string, scope: Element, display: boolean, file: VFile): CourseError {
  const start = scope.position?.start;
  // The TeX of `$$` math begins on the line after the opening `$$`.
  const line = start && start.line + (display ? 1 : 0) + (tex.slice(0, error.position ?? 0).split('\n').length - 1);
  return new CourseError(InvalidTex, InvalidTex.message(error.rawMessage ?? error.message, tex.trim()), {
    file: relativeToRoot(file.path),
    ...(line !== undefined && { line }),
    ...(start && !display && { column: start.column }),
  });
}

/** Formulas' HTML by mode and TeX: a course writes `$x$` or `$\\sigma(x)$` many times, and KaTeX renders each once. */
const formulaHtml = new Map<string, string>();

function rendered(tex: string, display: boolean): string {
  const key = `${display ? 'display' : 'inline'}:${tex}`;
  let html = formulaHtml.get(key);
  if (html === undefined) {
    html = indexMathOnce(katex.renderToString(tex, { displayMode: display, throwOnError: true, output: 'htmlAndMathml' }));
    formulaHtml.set(key, html);
  }
  return html;
}

export default function rehypeKatexStrict() {
  return (tree: Root, file: VFile) => {
    visitParents(tree, 'element', (element, ancestors) => {
      if (isHighlightedCode(element)) return SKIP;
      const classes = classesOf(element);
      const inline = classes.includes('math-inline');
      const display = classes.includes('math-display');
      if (!inline && !display) return undefined;
      // Display math arrives as <pre><code class="math-display">; the whole <pre> is replaced.
      const parent = ancestors.at(-1);
      const scope = display && parent?.type === 'element' && parent.tagName === 'pre' ? parent : element;
      const container: Parent | undefined = scope === element ? parent : ancestors.at(-2);
      if (!container) return undefined;
      const tex = toText(element, { whitespace: 'pre' });
      let indexed: string;
      try {
        indexed = rendered(tex, display);
      } catch (error) {
        throw texError(error as KatexParseError, tex, scope, display, file);
      }
      const replacement = ancestors.some(needsTree)
        ? katexToHast(indexed)
        : !display && ancestors.some(isHeading)
          ? headingFormula(indexed, tex)
          : [htmlFragment(indexed, display)];
      container.children.splice(container.children.indexOf(scope), 1, ...(replacement as ElementContent[]));
      return SKIP;
    });
  };
}
