/**
 * Finds the examples in a lesson's Markdown tree: each `ts run` fence, with
 * the ```output fence that follows it (if any) as its expected output.
 */
import type { Code, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { CourseError, ExampleFlag } from '../../lib/errors.ts';
import { FenceMetaError, parseFenceMeta, type FenceMeta } from './parse-fence-meta.ts';

export interface Example {
  /** The lesson file, relative to the project root. */
  file: string;
  /** Line of the opening ``` of the example. */
  line: number;
  code: string;
  throws: boolean;
  timeoutMs: number;
  /** The output fence's text, or undefined when the lesson has none. */
  expected: string | undefined;
}

export interface FoundExample {
  example: Example;
  /** The fences in the tree, so a plugin can replace them with rendered markup. */
  codeNode: Code;
  outputNode: Code | undefined;
  parent: Parent;
}

function metaOf(node: Code, file: string): FenceMeta {
  try {
    return parseFenceMeta(node.lang, node.meta);
  } catch (error) {
    if (!(error instanceof FenceMetaError)) throw error;
    throw new CourseError(ExampleFlag, ExampleFlag.message(error.message), { file, line: node.position?.start.line ?? 0 });
  }
}

/** Throws a CourseError, with the line, for a malformed example fence. */
export function findExamples(tree: Root, file: string): FoundExample[] {
  const found: FoundExample[] = [];
  visit(tree, 'code', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const meta = metaOf(node, file);
    if (meta.kind !== 'example') return;
    const next = parent.children[index + 1];
    const outputNode = next?.type === 'code' && next.lang === 'output' ? next : undefined;
    found.push({
      example: {
        file,
        line: node.position?.start.line ?? 0,
        code: node.value,
        throws: meta.throws,
        timeoutMs: meta.timeoutMs,
        expected: outputNode?.value,
      },
      codeNode: node,
      outputNode,
      parent,
    });
  });
  return found;
}
