/**
 * Finds the examples in a lesson's Markdown tree: each `ts run` fence, with
 * the ```output fence that follows it (if any) as its expected output; and
 * each `ts exercise` fence, with the `ts solution` and `ts check` fences that
 * must follow it.
 */
import type { Code, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { CourseError, ExampleFlag, StrayOutputFence } from '../../lib/errors.ts';
import { FenceMetaError, parseFenceMeta, type FenceMeta } from './parse-fence-meta.ts';

/** How an exercise and its solution are checked. */
export interface ExerciseSpec {
  /** The reader's export the check calls. */
  name: string;
  /** The ```ts check fence's code: it exports { reference, inputs, note? }. */
  checkCode: string;
  /** Line of the check fence's opening ```. */
  checkLine: number;
}

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
  /** Line of the output fence's opening ```, when there is one. */
  outputLine: number | undefined;
  /** For an exercise and its solution. */
  exercise: ExerciseSpec | undefined;
}

export interface FoundExample {
  example: Example;
  /** An exercise's reference solution. */
  solution: Example | undefined;
  /** The fences in the tree, so a plugin can replace them with rendered markup. */
  codeNode: Code;
  /** The fence after the example that belongs to it: its output, or an exercise's solution. */
  outputNode: Code | undefined;
  /** An exercise's check fence (after its solution). */
  checkNode: Code | undefined;
  parent: Parent;
}

/** Every example to run, solutions included. */
export function examplesOf(found: readonly FoundExample[]): Example[] {
  return found.flatMap(({ example, solution }) => (solution ? [example, solution] : [example]));
}

function lineOf(node: Code): number {
  return node.position?.start.line ?? 0;
}

function fail(problem: string, file: string, node: Code): never {
  throw new CourseError(ExampleFlag, ExampleFlag.message(problem), { file, line: lineOf(node) });
}

function metaOf(node: Code, file: string): FenceMeta {
  try {
    return parseFenceMeta(node.lang, node.meta);
  } catch (error) {
    if (!(error instanceof FenceMetaError)) throw error;
    return fail(error.message, file, node);
  }
}

type Fields = Pick<Example, 'role' | 'throws' | 'timeoutMs' | 'expected' | 'outputLine' | 'exercise'>;

function exampleAt(node: Code, file: string, fields: Fields): Example {
  return { file, line: lineOf(node), code: node.value, ...fields };
}

function codeAfter(parent: Parent, node: Code | undefined): Code | undefined {
  if (!node) return undefined;
  const next = parent.children[parent.children.indexOf(node) + 1];
  return next?.type === 'code' ? next : undefined;
}

/** Throws a CourseError, with the line, for a malformed example fence or an output fence with no example. */
export function findExamples(tree: Root, file: string): FoundExample[] {
  const found: FoundExample[] = [];
  const claimed = new Set<Code>();
  visit(tree, 'code', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const meta = metaOf(node, file);
    if (node.lang === 'output' && !claimed.has(node)) {
      throw new CourseError(StrayOutputFence, StrayOutputFence.message(), { file, line: lineOf(node) });
    }
    if (meta.kind === 'solution' && !claimed.has(node)) {
      fail('`ts solution` belongs right after a ```ts exercise fence, and this one follows none', file, node);
    }
    if (meta.kind === 'check' && !claimed.has(node)) {
      fail('`ts check` belongs right after the ```ts solution fence of an exercise, and this one follows none', file, node);
    }
    if (meta.kind === 'example') {
      const next = codeAfter(parent, node);
      const outputNode = next?.lang === 'output' ? next : undefined;
      if (outputNode) claimed.add(outputNode);
      const fields = { role: 'example', throws: meta.throws, timeoutMs: meta.timeoutMs, expected: outputNode?.value, exercise: undefined } as const;
      found.push({ example: exampleAt(node, file, { ...fields, outputLine: outputNode && lineOf(outputNode) }), solution: undefined, codeNode: node, outputNode, checkNode: undefined, parent });
    }
    if (meta.kind === 'exercise') {
      const solutionNode = codeAfter(parent, node);
      if (!solutionNode || metaOf(solutionNode, file).kind !== 'solution') {
        fail('is an exercise, so a ```ts solution fence with its reference solution must follow it', file, node);
      }
      const checkNode = codeAfter(parent, solutionNode);
      if (!checkNode || metaOf(checkNode, file).kind !== 'check') {
        fail('is an exercise, so its ```ts solution must be followed by a ```ts check fence that exports { reference, inputs }', file, node);
      }
      claimed.add(solutionNode).add(checkNode);
      const exercise = { name: meta.check, checkCode: checkNode.value, checkLine: lineOf(checkNode) };
      const fields = { throws: false, timeoutMs: meta.timeoutMs, expected: undefined, outputLine: undefined, exercise };
      found.push({
        example: exampleAt(node, file, { role: 'exercise', ...fields }),
        solution: exampleAt(solutionNode, file, { role: 'solution', ...fields }),
        codeNode: node,
        outputNode: solutionNode,
        checkNode,
        parent,
      });
    }
  });
  return found;
}
