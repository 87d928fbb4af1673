/**
 * Splits a lesson's MDX into what a notebook is made of, in lesson order:
 * Markdown (one part per section, starting at each heading) and examples.
 *
 * The Markdown is the author's own text, cut from the source, so `$…$` and
 * `$$…$$` reach Jupyter exactly as written (Jupyter renders both). Only what
 * a notebook cannot hold is changed:
 * - a component (`<FunctionFigure … />`) becomes a one-line note naming it,
 *   with its caption, and linking to the lesson page where it is drawn;
 * - MDX imports, exports and `{…}` expressions (comments) are dropped;
 * - links inside the site (`/activations/tanh/`, `#derivative`) become
 *   absolute links to the published pages, since the notebook is not on the site.
 */
import type { Link, Node, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { FoundExample } from '../examples/find-examples.ts';

export type LessonPart = { kind: 'markdown'; text: string } | { kind: 'example'; found: FoundExample };

export interface LessonPartsOptions {
  /** The absolute URL of a link as written in the lesson (`/activations/tanh/`, `#x`). */
  resolveLink: (href: string) => string;
  /** The lesson page's absolute URL, for the notes that replace components. */
  pageUrl: string;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function span(node: Node): { start: number; end: number } | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

function stringAttribute(node: MdxJsxFlowElement, name: string): string | undefined {
  const attribute = node.attributes.find((item): item is MdxJsxAttribute => item.type === 'mdxJsxAttribute' && item.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** The note a component becomes: its caption (or title) and where to see it. */
function componentNote(node: MdxJsxFlowElement, pageUrl: string): string {
  const what = stringAttribute(node, 'caption') ?? stringAttribute(node, 'title') ?? `A ${node.name ?? 'component'}`;
  return `> *${what.replace(/\s+$/, '')}* (${node.name ?? 'component'}: see it on the [lesson page](${pageUrl}).)`;
}

function isInternal(href: string): boolean {
  return href.startsWith('#') || (!href.startsWith('//') && !/^[a-z][a-z0-9+.-]*:/i.test(href));
}

function editsOf(tree: Root, source: string, options: LessonPartsOptions): Edit[] {
  const edits: Edit[] = [];
  visit(tree, (node) => {
    const at = span(node);
    if (!at) return;
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      edits.push({ ...at, text: '' });
      return 'skip';
    }
    if (node.type === 'mdxJsxFlowElement') {
      edits.push({ ...at, text: componentNote(node, options.pageUrl) });
      return 'skip';
    }
    if ((node.type === 'link' || node.type === 'definition') && isInternal((node as Link).url)) {
      const url = (node as Link).url;
      // The URL as written sits after the last `](` (a link) or `]: ` (a definition) of the node's source.
      const text = source.slice(at.start, at.end);
      const index = text.lastIndexOf(url);
      if (index >= 0) edits.push({ start: at.start + index, end: at.start + index + url.length, text: options.resolveLink(url) });
    }
    return undefined;
  });
  return edits;
}

function applyEdits(source: string, start: number, end: number, edits: readonly Edit[]): string {
  let text = '';
  let at = start;
  for (const edit of edits) {
    if (edit.start < start || edit.end > end) continue;
    text += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return (text + source.slice(at, end)).replace(/\n{3,}/g, '\n\n').trim();
}

/** The source range of an example and the fences that belong to it (output, solution, check). */
function exampleSpan(found: FoundExample): { start: number; end: number } {
  const nodes = [found.codeNode, found.outputNode, found.checkNode].flatMap((node) => (node ? [span(node)!] : []));
  return { start: Math.min(...nodes.map((item) => item.start)), end: Math.max(...nodes.map((item) => item.end)) };
}

/**
 * @param source the lesson's MDX with its frontmatter blanked (offsets as parsed)
 * @param tree the source parsed with the site's parser (examples/collect.ts)
 * @param found the lesson's examples, found in `tree`
 */
export function lessonParts(source: string, tree: Root, found: readonly FoundExample[], options: LessonPartsOptions): LessonPart[] {
  const edits = editsOf(tree, source, options).toSorted((a, b) => a.start - b.start);
  const headings = tree.children.flatMap((node) => (node.type === 'heading' && span(node) ? [span(node)!.start] : []));
  const examples = found.map((item) => ({ found: item, ...exampleSpan(item) })).toSorted((a, b) => a.start - b.start);
  const parts: LessonPart[] = [];
  const markdown = (start: number, end: number) => {
    // A section per cell: cut before each heading in the range.
    const cuts = [start, ...headings.filter((at) => at > start && at < end), end];
    for (let index = 0; index + 1 < cuts.length; index++) {
      const text = applyEdits(source, cuts[index]!, cuts[index + 1]!, edits);
      if (text) parts.push({ kind: 'markdown', text });
    }
  };
  let at = 0;
  for (const example of examples) {
    markdown(at, example.start);
    parts.push({ kind: 'example', found: example.found });
    at = example.end;
  }
  markdown(at, source.length);
  return parts;
}
