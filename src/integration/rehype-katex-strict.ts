/**
 * rehype-katex, but a formula KaTeX cannot parse stops the build. rehype-katex
 * only records a warning on the file and renders the TeX in red, which would
 * publish a broken formula silently; we turn that warning into a CourseError
 * that names the lesson, the line of the offending TeX and KaTeX's own message.
 */
import type { Root } from 'hast';
import rehypeKatex, { type Options } from 'rehype-katex';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { CourseError, InvalidTex } from '../lib/errors.ts';
import { relativeToRoot } from './paths.ts';

interface KatexParseError extends Error {
  rawMessage?: string;
  /** Offset of the bad token in the TeX source. */
  position?: number;
}

export default function rehypeKatexStrict(options: Options = {}) {
  const render = rehypeKatex({ output: 'htmlAndMathml', ...options });
  return (tree: Root, file: VFile) => {
    const before = file.messages.length;
    render(tree, file);
    const problem = file.messages.slice(before).find((message) => message.source === 'rehype-katex');
    if (problem) throw texError(problem, file);
  };
}

function texError(problem: VFileMessage, file: VFile): CourseError {
  const cause = problem.cause as KatexParseError | undefined;
  const ancestors: Node[] = problem.ancestors ?? [];
  const element = ancestors.at(-1);
  const tex = element ? textOf(element) : '';
  // Display math becomes <pre><code>; only the <pre> carries the source position.
  const start = ancestors.findLast((node) => node.position)?.position?.start;
  const display = tex.includes('\n') || ancestors.some((node) => 'tagName' in node && node.tagName === 'pre');
  // The TeX of `$$` math begins on the line after the opening `$$`.
  const line = start && start.line + (display ? 1 : 0) + countNewlines(tex.slice(0, cause?.position ?? 0));
  return new CourseError(InvalidTex, InvalidTex.message(cause?.rawMessage ?? problem.reason, tex.trim()), {
    file: relativeToRoot(file.path),
    ...(line !== undefined && { line }),
    ...(start && !display && { column: start.column }),
  });
}

function countNewlines(text: string): number {
  return text.split('\n').length - 1;
}

function textOf(node: Node): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node && Array.isArray(node.children) ? (node.children as Node[]).map(textOf).join('') : '';
}
