/**
 * Runs the examples of each lesson while it is compiled, fails the build when
 * one is not as the lesson says, and renders each as its highlighted code with
 * its real output under it, in a <figure class="example">.
 */
import type { ElementContent } from 'hast';
import type { Blockquote, Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { CourseError } from '../lib/errors.ts';
import { actualOutput, checkOutcome } from './examples/check.ts';
import { findExamples, type Example, type FoundExample } from './examples/find-examples.ts';
import type { ExampleRunner, Outcome } from './examples/runner.ts';
import { relativeToRoot } from './paths.ts';

export interface RunExamplesOptions {
  runner: ExampleRunner;
  /** Every example of the course, for the runner to check and run in one batch first. */
  collectAll: () => Promise<Example[]>;
}

export default function remarkRunExamples({ runner, collectAll }: RunExamplesOptions) {
  return () => async (tree: Root, file: VFile) => {
    const found = findExamples(tree, relativeToRoot(file.path));
    if (found.length === 0) return;
    await runner.warmUp(collectAll);
    const outcomes = await runner.run(found.map(({ example }) => example));
    const errors = outcomes.flatMap((outcome) => checkOutcome(outcome) ?? []);
    if (errors.length > 0) throw combine(errors);
    // Replace from the last example backwards, so earlier indices stay valid.
    found.toReversed().forEach((item, index) => render(item, outcomes[found.length - 1 - index]!));
  };
}

/** All of a lesson's failing examples in one error, located at the first. */
function combine(errors: readonly CourseError[]): CourseError {
  const [first, ...rest] = errors;
  if (!first || rest.length === 0) return first!;
  const detail = [first.detail, ...rest.map((error) => error.message)].join('\n\n');
  return new CourseError(first, `${errors.length} examples failed.\n\n${detail}`, first.location);
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

/**
 * The figure is made of ordinary mdast nodes renamed through `data.hName`
 * (which remark-rehype honours), so every later plugin, Shiki's included,
 * still sees a plain code block inside it.
 */
function render({ parent, codeNode, outputNode }: FoundExample, outcome: Outcome): void {
  const start = parent.children.indexOf(codeNode);
  const output = actualOutput(outcome);
  const caption: Paragraph = {
    type: 'paragraph',
    children: [],
    data: {
      hName: 'figcaption',
      hProperties: { className: ['example-output'] },
      hChildren: [
        { type: 'element', tagName: 'span', properties: { className: ['example-output-label'] }, children: [text('Output')] },
        // Focusable, like Shiki's <pre>, so a keyboard can scroll wide output.
        { type: 'element', tagName: 'pre', properties: { tabIndex: 0 }, children: [{ type: 'element', tagName: 'samp', properties: {}, children: [text(output)] }] },
      ],
    },
  };
  const figure: Blockquote = {
    type: 'blockquote',
    children: output === '' ? [codeNode] : [codeNode, caption],
    data: { hName: 'figure', hProperties: { className: ['example'], dataExampleLine: outcome.example.line } },
  };
  // The output fence, if any, is replaced by the real output inside the figure.
  parent.children.splice(start, outputNode ? 2 : 1, figure);
}
