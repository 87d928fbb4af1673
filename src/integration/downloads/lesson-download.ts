/**
 * Everything one lesson's download holds, as files (path → text): the
 * notebook, each example as a `.ts` file, the course code they import, the
 * display printer, the manifests that make `#…` imports resolve under Node
 * and Deno, and a README. The layout is described in the README (readme.ts).
 */
import { join, normalize, sep } from 'node:path';
import type { Heading, Root } from 'mdast';
import { actualOutput, normaliseOutput, printedOutput } from '../examples/check.ts';
import { outputParts } from '../examples/plot-output.ts';
import type { FoundExample } from '../examples/find-examples.ts';
import type { Outcome } from '../examples/runner.ts';
import type { DisplayName } from '../../example-runtime/print.ts';
import { parseTypeScript } from './parse-typescript.ts';
import { displayModuleFiles } from './display-module.ts';
import { PLOT_FILE, PLOT_SPECIFIER, plotModuleFiles } from './plot-module.ts';
import { plotSvg, plotText } from './plot-render-entry.ts';
import { readerCode } from './example-code.ts';
import { lessonParts } from './lesson-parts.ts';
import { downloadPath, type LibraryCollector } from './library-files.ts';
import { createNotebook, type CellOutput, type CellSpec } from './notebook.ts';
import { lessonReadme, type ExampleFile } from './readme.ts';

export interface LessonInfo {
  /** The lesson's slug, e.g. `sigmoid`. */
  id: string;
  section: string;
  title: string;
  description: string;
  /** Path of the lesson from the project root, e.g. `content/activations/sigmoid.mdx`. */
  file: string;
  /** The published page, e.g. `https://course.example.org/activations/sigmoid/`. */
  pageUrl: string;
}

export interface LessonDownloadInput {
  lesson: LessonInfo;
  courseTitle: string;
  display: DisplayName;
  /** The lesson's MDX with its frontmatter blanked, and its parsed tree and examples. */
  source: string;
  tree: Root;
  found: readonly FoundExample[];
  /** The build's outcome of each example (and exercise solution) of the lesson. */
  outcomeOf: (example: FoundExample['example']) => Outcome;
  library: LibraryCollector;
  resolveLink: (href: string) => string;
}

/** Names the download itself uses; a course file with one of them would be overwritten. */
const OWN_NAMES = new Set(['README.md', 'package.json', 'deno.json', 'display.ts', 'display', 'examples', 'course']);

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'example';
}

function textOf(node: { value?: string; children?: unknown[] }): string {
  return node.value ?? (node.children ?? []).map((child) => textOf(child as { value?: string })).join('');
}

/** The heading of the section an example is in, for its file name. */
function sectionOf(tree: Root, line: number): string {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading' && (node.position?.start.line ?? 0) < line);
  const last = headings.at(-1);
  return last ? slug(textOf(last)) : 'example';
}

/** What a cell printed, as the page shows it: its lines, then the error it was meant to throw. */
function outputsOf(outcome: Outcome): CellOutput[] {
  const result = outcome.result;
  if (!result || outcome.example.role !== 'example') return [];
  if (result.kind !== 'threw') {
    // Printed text as a stream, each plot as a figure (SVG, with its text form for plain-text viewers), in order.
    return outputParts(printedOutput(outcome)).map((part): CellOutput =>
      part.kind === 'text' ? { kind: 'stream', text: `${part.text}\n` } : { kind: 'display', data: { 'image/svg+xml': plotSvg(part.data), 'text/plain': plotText(part.data) } },
    );
  }
  const printed = normaliseOutput(result.output);
  const match = /^([\w$.]+): ([\s\S]*)$/.exec(result.error);
  const error: CellOutput = match ? { kind: 'error', name: match[1]!, message: match[2]! } : { kind: 'error', name: 'Error', message: result.error };
  return printed ? [{ kind: 'stream', text: `${printed}\n` }, error] : [error];
}

/** The specifiers an example's code imports, as written (from the parse its reader code is made from). */
function importsOf(code: string): string[] {
  return parseTypeScript(code).imports;
}

export async function lessonDownloadFiles(input: LessonDownloadInput): Promise<Map<string, string>> {
  const { lesson, found, tree } = input;
  const lessonDir = toPosix(join(lesson.file, '..'));
  const projectPath = (specifier: string) => toPosix(normalize(join(lessonDir, specifier)));
  // A project file an example imports by relative path, and `course:plot`, point at their copies in the download.
  const relativeTo = (prefix: string) => (specifier: string) =>
    specifier === PLOT_SPECIFIER ? `${prefix}${PLOT_FILE}` : specifier.startsWith('./') || specifier.startsWith('../') ? `${prefix}${downloadPath(projectPath(specifier))}` : undefined;
  const notebookName = `${lesson.section}-${lesson.id}.ipynb`;
  const cells: CellSpec[] = [{ kind: 'markdown', text: introduction(input) }];
  const exampleFiles: ExampleFile[] = [];
  const files = new Map<string, string>();
  const addExample = (example: FoundExample['example'], kind: string) => {
    // `01-in-code.ts`, `08-exercise-try-it.ts`: the number keeps lesson order, the section says where it is.
    const name = `examples/${String(exampleFiles.length + 1).padStart(2, '0')}-${kind}${sectionOf(tree, example.line)}.ts`;
    const printed = actualOutput(input.outcomeOf(example));
    const code = readerCode(example.code, { displayModule: '../display.ts', rewriteImport: relativeTo('../') });
    const expected = example.role === 'example' && printed ? `\n// Prints:\n${printed.split('\n').map((line) => `//   ${line}`.trimEnd()).join('\n')}\n` : '';
    files.set(name, `${code.replace(/\n*$/, '\n')}${expected}`);
    exampleFiles.push({ path: name, role: example.role, throws: example.throws });
  };
  for (const part of lessonParts(input.source, tree, found, { resolveLink: input.resolveLink, pageUrl: lesson.pageUrl })) {
    if (part.kind === 'markdown') {
      cells.push(part);
      continue;
    }
    const { example, solution } = part.found;
    const exercise = example.role === 'exercise';
    // Every cell, not only an exercise's: a lesson may define a function (3.1's first sigmoid) that a later cell imports.
    const code = readerCode(example.code, { displayModule: './display.ts', rewriteImport: relativeTo('./'), functionsAsConstants: true });
    const outcome = input.outcomeOf(example);
    const tags = example.throws ? ['raises-exception'] : exercise ? ['exercise'] : [];
    cells.push({ kind: 'code', code, outputs: outputsOf(outcome), tags });
    addExample(example, exercise ? 'exercise-' : '');
    if (solution) {
      cells.push({ kind: 'markdown', text: `**Solution.** One answer to the exercise above; try your own first. Running this cell replaces your \`${solution.exercise?.name ?? 'function'}\` with it.` });
      cells.push({ kind: 'code', code: readerCode(solution.code, { displayModule: './display.ts', rewriteImport: relativeTo('./'), functionsAsConstants: true }), outputs: [], tags: ['solution'] });
      addExample(solution, 'solution-');
    }
  }
  const imports = found.flatMap(({ example, solution }) => [example, ...(solution ? [solution] : [])]).flatMap((example) => importsOf(example.code));
  const library = await input.library.collect(imports.map((specifier) => ({ specifier, fromDir: lessonDir })));
  for (const [path, text] of library.files) {
    if (OWN_NAMES.has(path.split('/')[0]!) || path === notebookName) throw new Error(`${path}: a course file the download of ${lesson.file} needs has the name of one of the download's own files (${[...OWN_NAMES].join(', ')})`);
    files.set(path, text);
  }
  for (const [path, text] of Object.entries(await displayModuleFiles(input.display))) files.set(path, text);
  const plots = imports.includes(PLOT_SPECIFIER);
  if (plots) for (const [path, text] of Object.entries(await plotModuleFiles())) files.set(path, text);
  files.set(notebookName, createNotebook(cells));
  files.set('package.json', packageJson(input, library.imports, library.packages));
  files.set('deno.json', `${JSON.stringify({ imports: library.imports }, null, 2)}\n`);
  files.set('README.md', lessonReadme({ ...lesson, courseTitle: input.courseTitle, notebook: notebookName, examples: exampleFiles, library: [...library.files.keys()].toSorted(), packages: Object.keys(library.packages), plots }));
  return files;
}

function introduction({ lesson, courseTitle }: LessonDownloadInput): string {
  return [
    `# ${lesson.section} ${lesson.title}`,
    lesson.description,
    `*${courseTitle}*, lesson ${lesson.section}: [read it online](${lesson.pageUrl}). ` +
      'Every code cell is an example of the lesson; its output below is what it printed when the course was built. ' +
      'Open this notebook with the Deno kernel (`deno jupyter --install`) and "Run all" prints the same; the README says more.',
  ].join('\n\n');
}

function packageJson(input: LessonDownloadInput, imports: Record<string, string>, packages: Record<string, string>): string {
  const manifest = {
    private: true,
    description: `${input.courseTitle}, ${input.lesson.section} ${input.lesson.title}: the notebook and examples of the lesson, with the course code they import.`,
    type: 'module',
    // Node runs the .ts files as they are from 22.18 on (type stripping).
    engines: { node: '>=22.18' },
    imports,
    ...(Object.keys(packages).length > 0 && { dependencies: packages }),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
