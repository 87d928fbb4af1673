/**
 * Runs the examples of each lesson while it is compiled, fails the build when
 * one is not as the lesson says, and renders each as its highlighted code with
 * its real output under it (see example-markup.ts).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { CourseError } from '../lib/errors.ts';
import { exampleMarkup } from './example-markup.ts';
import { checkOutcome, printedOutput } from './examples/check.ts';
import { examplesOf, findExamples, type FoundExample } from './examples/find-examples.ts';
import type { LessonOutcome, LessonRunner } from './examples/runner-process-client.ts';
import { relativeToRoot } from './paths.ts';

export interface RunExamplesOptions {
  runner: LessonRunner;
  /** The project root, which example files are relative to. */
  root: string;
}

export default function remarkRunExamples({ runner, root }: RunExamplesOptions) {
  return () => async (tree: Root, file: VFile) => {
    // The examples come from the tree MDX compiles the lesson from: the one parse of the lesson.
    const found = findExamples(tree, relativeToRoot(file.path, root));
    if (found.length === 0) return;
    const outcomes = await runner.run(examplesOf(found));
    const errors = outcomes.flatMap((outcome) => checkOutcome(outcome) ?? []);
    if (errors.length > 0) throw combine(errors);
    const outcomeOf = new Map(outcomes.map((outcome) => [outcome.example, outcome]));
    for (const item of found) render(item, outcomeOf.get(item.example)!);
  };
}

/** All of a lesson's failing examples in one error, located at the first. */
function combine(errors: readonly CourseError[]): CourseError {
  const [first, ...rest] = errors;
  if (!first || rest.length === 0) return first!;
  const detail = [first.detail, ...rest.map((error) => error.message)].join('\n\n');
  return new CourseError(first, `${errors.length} examples failed.\n\n${detail}`, first.location);
}

function render({ parent, codeNode, outputNode, checkNode }: FoundExample, outcome: LessonOutcome): void {
  const { example, page } = outcome;
  const exercise = example.role === 'exercise';
  const markup = exampleMarkup({
    code: codeNode,
    // An exercise's stub fails its check by design; the reader sees a result once they run their own code.
    output: exercise ? '' : printedOutput(outcome),
    program: page.program,
    imports: page.imports,
    lessonDir: page.lessonDir,
    throws: example.throws,
    exercise:
      exercise && example.exercise && outputNode ? { name: example.exercise.name, check: page.check, solution: outputNode } : undefined,
  });
  // The fences after the example (its output, or an exercise's solution and check) now live inside the markup.
  const count = 1 + (outputNode ? 1 : 0) + (checkNode ? 1 : 0);
  parent.children.splice(parent.children.indexOf(codeNode), count, markup);
}
