/**
 * The markup of an example on the page, as mdast nodes renamed through
 * `data.hName` (which remark-rehype honours), so every later plugin, Shiki's
 * included, still sees a plain code block inside:
 *
 *   <course-example data-program="…">         the island (src/islands/course-example.ts)
 *     <figure class="example">
 *       <pre class="astro-code">…</pre>         the code, highlighted by Shiki
 *       <div class="example-actions" hidden>   Run / Edit / Reset, shown once the island runs
 *       <figcaption class="example-output">
 *         <output aria-live="polite"><samp>…</samp></output>   what the build printed
 *
 * Without JavaScript the code and the build's output are all there is, and
 * all a reader needs. An exercise adds `data-check` (the export to check) and
 * `data-check-program` (the lesson's check) and, after the figure, its
 * reference solution in a <details>.
 */
import type { ElementContent } from 'hast';
import type { Blockquote, Code, Paragraph } from 'mdast';
import { outputChildren } from './plot-markup.ts';

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function button(action: 'run' | 'edit' | 'reset', label: string, hidden = false): ElementContent {
  return {
    type: 'element',
    tagName: 'button',
    properties: { type: 'button', dataAction: action, className: ['example-button'], hidden },
    children: [text(label)],
  };
}

export interface ExampleMarkup {
  code: Code;
  /** What the build printed, plot lines included (drawn as SVG in their place, see plot-markup.ts). */
  output: string;
  /** The instrumented program, so an unedited Run needs no transpiler in the page. */
  program: string;
  /** The keys of the modules it imports (example-runtime/modules.ts), so a Run loads those and no others. */
  imports: readonly string[];
  /** The lesson's folder from the project root, for the relative imports of an edited example. */
  lessonDir: string;
  /** The example is meant to throw (its fence says `throws`). */
  throws: boolean;
  /** For an exercise: the export its Run checks, the instrumented check program, and the solution fence. */
  exercise: { name: string; check: string; solution: Code } | undefined;
}

export function exampleMarkup({ code, output, program, imports, lessonDir, throws, exercise }: ExampleMarkup): Blockquote {
  const actions: Paragraph = {
    type: 'paragraph',
    children: [],
    data: {
      hName: 'div',
      hProperties: { className: ['example-actions'], hidden: true },
      hChildren: [button('run', 'Run'), button('edit', 'Edit'), button('reset', 'Reset', true)],
    },
  };
  const caption: Paragraph = {
    type: 'paragraph',
    children: [],
    data: {
      hName: 'figcaption',
      // An example that prints nothing shows no empty box until it is run.
      hProperties: { className: ['example-output'], hidden: output === '' },
      hChildren: [
        { type: 'element', tagName: 'span', properties: { className: ['example-output-label'], ariaHidden: 'true' }, children: [text('Output')] },
        {
          type: 'element',
          tagName: 'output',
          // Focusable so a keyboard can scroll wide output; polite so a new run is announced.
          properties: { ariaLive: 'polite', ariaLabel: 'Output', tabIndex: 0 },
          children: [{ type: 'element', tagName: 'samp', properties: {}, children: outputChildren(output) }],
        },
      ],
    },
  };
  const figure: Blockquote = {
    type: 'blockquote',
    children: [code, actions, caption],
    data: { hName: 'figure', hProperties: { className: exercise ? ['example', 'exercise'] : ['example'] } },
  };
  const children: Blockquote['children'] = exercise ? [figure, solutionDetails(exercise.solution)] : [figure];
  return {
    type: 'blockquote',
    children,
    data: {
      hName: 'course-example',
      hProperties: {
        dataProgram: program,
        dataImports: imports.join(' '),
        dataLessonDir: lessonDir,
        dataThrows: throws,
        dataCheck: exercise?.name,
        dataCheckProgram: exercise?.check,
      },
    },
  };
}

/** An exercise's reference solution, folded away until the reader asks for it. */
function solutionDetails(solution: Code): Blockquote {
  const summary: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: 'Show a solution' }], data: { hName: 'summary' } };
  return { type: 'blockquote', children: [summary, solution], data: { hName: 'details', hProperties: { className: ['exercise-solution'] } } };
}
