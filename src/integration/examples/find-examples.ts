/**
 * Finds the examples in a lesson's Markdown tree: each `ts run` fence, with
 * the ```output fence that follows it (if any) as its expected output; and
 * each `ts exercise` fence, with the `ts solution` fence that must follow it.
 */
import type { Code, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { CourseError, ExampleFlag } from '../../lib/errors.ts';
import { EXERCISE_CHECKS } from '../../example-runtime/exercise.ts';
import { FenceMetaError, parseFenceMeta, type FenceMeta } from './parse-fence-meta.ts';

export interface Example {
  /** The lesson file, relative to the project root. */
  file: string;
  /** Line of the opening ``` of the example. */
  line: number;
  code: string;
  /** An example shows its output; an exercise's stub must fail its check, and its solution pass it. */
  role: 'example' | 'exercise' | 'solution';
  throws: boolean;
  timeoutMs: number;
  /** The output fence's text, or undefined when the lesson has none (always, for exercises). */
  expected: string | undefined;
  /** For an exercise and its solution: the check to run (example-runtime/exercise.ts). */
  check: string | undefined;
}

export interface FoundExample {
  example: Example;
  /** An exercise's reference solution. */
  solution: Example | undefined;
  /** The fences in the tree, so a plugin can replace them with rendered markup. */
  codeNode: Code;
  /** The fence after the example that belongs to it: its output, or an exercise's solution. */
  outputNode: Code | undefined;
  parent: Parent;
}

/** Every example to run, solutions included. */
export function examplesOf(found: readonly FoundExample[]): Example[] {
  return found.flatMap(({ example, solution }) => (solution ? [example, solution] : [example]));
}

const KNOWN_CHECKS = Object.keys(EXERCISE_CHECKS);

function fail(problem: string, file: string, node: Code): never {
  throw new CourseError(ExampleFlag, ExampleFlag.message(problem), { file, line: node.position?.start.line ?? 0 });
}

function metaOf(node: Code, file: string): FenceMeta {
  try {
    return parseFenceMeta(node.lang, node.meta, KNOWN_CHECKS);
  } catch (error) {
    if (!(error instanceof FenceMetaError)) throw error;
    return fail(error.message, file, node);
  }
}

function exampleAt(node: Code, file: string, fields: Pick<Example, 'role' | 'throws' | 'timeoutMs' | 'expected' | 'check'>): Example {
  return { file, line: node.position?.start.line ?? 0, code: node.value, ...fields };
}

/** Throws a CourseError, with the line, for a malformed example fence. */
export function findExamples(tree: Root, file: string): FoundExample[] {
  const found: FoundExample[] = [];
  visit(tree, 'code', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const meta = metaOf(node, file);
    const next = parent.children[index + 1];
    if (meta.kind === 'solution' && !found.some((item) => item.outputNode === node)) {
      fail('`ts solution` belongs right after a ```ts exercise fence, and this one follows none', file, node);
    }
    if (meta.kind === 'example') {
      const outputNode = next?.type === 'code' && next.lang === 'output' ? next : undefined;
      const example = exampleAt(node, file, { role: 'example', throws: meta.throws, timeoutMs: meta.timeoutMs, expected: outputNode?.value, check: undefined });
      found.push({ example, solution: undefined, codeNode: node, outputNode, parent });
    }
    if (meta.kind === 'exercise') {
      const solutionNode = next?.type === 'code' && metaOf(next, file).kind === 'solution' ? next : undefined;
      if (!solutionNode) fail('is an exercise, so a ```ts solution fence with its reference solution must follow it', file, node);
      const fields = { throws: false, timeoutMs: meta.timeoutMs, expected: undefined, check: meta.check };
      found.push({
        example: exampleAt(node, file, { role: 'exercise', ...fields }),
        solution: exampleAt(solutionNode, file, { role: 'solution', ...fields }),
        codeNode: node,
        outputNode: solutionNode,
        parent,
      });
    }
  });
  return found;
}
