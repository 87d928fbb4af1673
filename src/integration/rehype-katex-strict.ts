/**
 * rehype-katex, but a formula KaTeX cannot parse stops the build. rehype-katex
 * only records a warning on the file and renders the TeX in red, which would
 * publish a broken formula silently; we turn that warning into a CourseError
 * that names the lesson, the line of the formula and KaTeX's own message.
 */
import type { Root } from 'hast';
import rehypeKatex, { type Options } from 'rehype-katex';
import type { VFile } from 'vfile';
import { CourseError, InvalidTex } from '../lib/errors.ts';
import { relativeToRoot } from './paths.ts';

interface KatexParseError extends Error {
  rawMessage?: string;
  position?: number;
}

export default function rehypeKatexStrict(options: Options = {}) {
  const render = rehypeKatex({ output: 'htmlAndMathml', ...options });
  return (tree: Root, file: VFile) => {
    const before = file.messages.length;
    render(tree, file);
    const problem = file.messages.slice(before).find((message) => message.source === 'rehype-katex');
    if (!problem) return;
    const cause = problem.cause as KatexParseError | undefined;
    const reason = cause?.rawMessage ?? cause?.message ?? problem.reason;
    const source = problem.ancestors?.at(-1);
    const tex = source && 'children' in source ? textOf(source) : '';
    throw new CourseError(InvalidTex, InvalidTex.message(reason, tex.trim()), {
      file: relativeToRoot(file.path),
      ...(problem.line !== undefined && { line: problem.line }),
      ...(problem.column !== undefined && { column: problem.column }),
    });
  };
}

function textOf(node: { children?: unknown[]; value?: unknown }): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((child) => textOf(child as { children?: unknown[]; value?: unknown })).join('');
}
