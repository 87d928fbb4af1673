/** The README.md of a lesson's download and of a chapter's: what is in it and how to run it. */

export interface ExampleFile {
  path: string;
  role: 'example' | 'exercise' | 'solution';
  throws: boolean;
}

export interface LessonReadmeInput {
  section: string;
  title: string;
  pageUrl: string;
  courseTitle: string;
  notebook: string;
  examples: readonly ExampleFile[];
  /** The course's files the examples import, from the project root. */
  library: readonly string[];
  /** npm packages the code imports. */
  packages: readonly string[];
  /** Some example draws a plot (`course:plot`), so the download carries `course/`. */
  plots?: boolean;
}

function describeExample({ path, role, throws }: ExampleFile): string {
  const note = role === 'exercise' ? ' (the exercise: complete it)' : role === 'solution' ? ' (a solution to the exercise)' : throws ? ' (stops with an error, on purpose)' : '';
  return `- \`${path}\`${note}`;
}

export function lessonReadme(input: LessonReadmeInput): string {
  const first = input.examples.find((example) => example.role === 'example')?.path ?? input.examples[0]?.path;
  const install = input.packages.length > 0 ? `\nThe code imports npm packages (${input.packages.join(', ')}): run \`npm install\` here first.\n` : '';
  return `# ${input.section} ${input.title}

From *${input.courseTitle}*: ${input.pageUrl}

This folder holds the lesson to keep working with it offline: as a Jupyter
notebook, and each of its examples as a TypeScript file. Each prints exactly
what the lesson page shows.
${install}
## The notebook

\`${input.notebook}\` runs with Deno's Jupyter kernel. Once, install Deno
(https://deno.com, or \`npm install -g deno\`) and register its kernel with
\`deno jupyter --install\`; then open the notebook in JupyterLab or VS Code
from this folder, choose the Deno kernel and run all cells. The outputs saved
in it are the ones the course printed when it was built.

## The examples

${input.examples.map(describeExample).join('\n') || '(This lesson has no examples.)'}

Run one with Node 22.18 or later, or with Deno:

\`\`\`sh
node ${first ?? 'examples/01-example.ts'}
deno run ${first ?? 'examples/01-example.ts'}
\`\`\`

## What else is here

- \`display.ts\`: how the lesson shows the value of an expression written on
  its own line. On the page \`f(x);\` alone on a line shows its value; here it
  is written \`display(f(x));\`.
${input.plots ? `- \`course/plot.ts\`: \`plot()\`, which the examples that draw import. In the
  notebook it shows the figure the lesson page shows (after the lines the cell
  prints); under Node or \`deno run\` it prints the plot's text form, as the
  lesson's output does. \`course/plot/\` is its code, \`course/render.ts\` the
  course's figure renderer, bundled.
` : ''}- The course code the examples import, at the paths it has in the course's
  repository:
${input.library.map((path) => `  - \`${path}\``).join('\n') || '  (none)'}
- \`package.json\` (its \`imports\`, for Node) and \`deno.json\` (its import
  map, for Deno and the notebook) map the course's \`#…\` modules to those files.
`;
}

export function chapterReadme(input: { number: number; title: string; url: string; courseTitle: string; lessons: readonly { folder: string; label: string }[] }): string {
  return `# Chapter ${input.number}: ${input.title}

From *${input.courseTitle}*: ${input.url}

One folder per lesson, each complete on its own (its notebook, its examples as
TypeScript files, and the course code they import); see the README in each.

${input.lessons.map((lesson) => `- \`${lesson.folder}/\`: ${lesson.label}`).join('\n')}
`;
}
