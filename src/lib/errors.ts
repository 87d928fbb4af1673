/**
 * The catalogue of errors the course shows an author. Each entry says what
 * happened and what to do, in Astro's error shape (name, title, message, hint),
 * and every thrown error carries the file (and line, when known) it is about.
 */

export interface ErrorLocation {
  /** Path of the offending file, relative to the project root. */
  file: string;
  /** 1-based line, when the error is about one place in the file. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
}

interface ErrorData<Args extends unknown[]> {
  name: string;
  title: string;
  message: (...args: Args) => string;
  hint: string;
}

function define<Args extends unknown[]>(data: ErrorData<Args>): ErrorData<Args> {
  return data;
}

export const InvalidFrontmatter = define({
  name: 'InvalidFrontmatter',
  title: "A lesson's frontmatter is missing a field or has a bad one.",
  message: (problem: string) => problem,
  hint: 'A lesson starts with a --- block giving title, chapter, section (quoted, "3.1") and description; see "Writing a lesson" in the README.',
});

export const InvalidChapters = define({
  name: 'InvalidChapters',
  title: 'content/chapters.yaml is missing, or a chapter in it is missing a field or has a bad one.',
  message: (problem: string) => problem,
  hint: 'content/chapters.yaml lists the chapters, each with an `id`, a `number`, a `title` and a `summary`; see "Writing a lesson" in the README, which shows one.',
});

export const DuplicateSection = define({
  name: 'DuplicateSection',
  title: 'Two lessons share a section number.',
  message: (section: string, files: readonly string[]) =>
    `Section ${section} is claimed by ${files.length} lessons: ${files.join(', ')}. Each lesson needs its own section number.`,
  hint: 'Renumber one of the lessons in its frontmatter `section` field; order and previous/next links follow the numbers.',
});

export const UnknownChapter = define({
  name: 'UnknownChapter',
  title: 'A lesson names a chapter that does not exist.',
  message: (chapter: string, known: readonly string[]) =>
    `The frontmatter field \`chapter\` is "${chapter}", but content/chapters.yaml defines ${
      known.length === 0 ? 'no chapters' : `only ${known.map((id) => `"${id}"`).join(', ')}`
    }.`,
  hint: 'Set `chapter` to the `id` of a chapter in content/chapters.yaml, or add the chapter there.',
});

export const SectionOutsideChapter = define({
  name: 'SectionOutsideChapter',
  title: "A lesson's section number does not belong to its chapter.",
  message: (section: string, chapter: string, chapterNumber: number) =>
    `The frontmatter field \`section\` is "${section}", but chapter "${chapter}" is chapter ${chapterNumber}, so its sections are numbered ${chapterNumber}.1, ${chapterNumber}.2, …`,
  hint: 'Make the part before the dot the chapter number, or move the lesson to the chapter it belongs to.',
});

export const UnknownLesson = define({
  name: 'UnknownLesson',
  title: "A chapter's comparison table names a lesson that does not exist.",
  message: (lesson: string, chapter: string, known: readonly string[]) =>
    `A row of chapter "${chapter}"'s \`comparison\` names the lesson "${lesson}", but the chapter's lessons are ${known.map((id) => `"${id}"`).join(', ') || 'none'}.`,
  hint: 'Set `lesson` to the file name (without .mdx) of a lesson in the chapter.',
});

export const ComparisonCells = define({
  name: 'ComparisonCells',
  title: "A row of a chapter's comparison table does not match its columns.",
  message: (chapter: string, lesson: string, keys: readonly string[], missing: readonly string[], extra: readonly string[]) =>
    `In chapter "${chapter}"'s \`comparison\`, the row for "${lesson}" ${[
      missing.length > 0 ? `has no cell for ${missing.map((key) => `\`${key}\``).join(', ')}` : '',
      extra.length > 0 ? `has cells for ${extra.map((key) => `\`${key}\``).join(', ')}, which are not columns` : '',
    ]
      .filter(Boolean)
      .join(' and ')}; the columns are ${keys.map((key) => `\`${key}\``).join(', ')}.`,
  hint: 'Give every row one cell per column key (`columns[].key`), or add the column to `columns`.',
});

export const FigureProp = define({
  name: 'FigureProp',
  title: 'A figure or explorer has a prop it cannot draw.',
  message: (component: string, prop: string, problem: string, example: string) => `<${component}>'s \`${prop}\` ${problem}. For example: <${component} ${example} … />.`,
  hint: 'Figures and explorers draw a function exported by one of the course modules mapped in package.json "imports"; see "Figures and explorers" in the README.',
});

export const InvalidTex = define({
  name: 'InvalidTex',
  title: 'A formula is not valid TeX.',
  message: (reason: string, source: string) => `KaTeX could not render \`${source}\`: ${reason}`,
  hint: 'Fix the TeX between the `$` or `$$` delimiters; https://katex.org/docs/supported lists what KaTeX accepts.',
});

export const BrokenLink = define({
  name: 'BrokenLink',
  title: 'A link points to a page or anchor that the site does not have.',
  message: (href: string, page: string, reason: string) => `The link "${href}" on ${page} ${reason}.`,
  hint: 'Link to a page that exists (lessons live at /<chapter>/<lesson>/) and to a heading id that is on it.',
});

export const ExampleFlag = define({
  name: 'ExampleFlag',
  title: 'An example fence has a flag the course does not know.',
  message: (problem: string) => `The example's fence ${problem}.`,
  hint: 'Example fences read ```ts run, optionally followed by `throws` and `timeout=<n>s`.',
});

export const ExampleTypeError = define({
  name: 'ExampleTypeError',
  title: 'An example does not type-check.',
  message: (report: string) => `The example does not type-check:\n${report}`,
  hint: "Examples are checked as strict TypeScript against the real types of the modules they import (the course's package.json `imports`, relative files, npm packages). Fix the code, or the module, so the types agree.",
});

export const ExampleThrew = define({
  name: 'ExampleThrew',
  title: 'An example threw an error.',
  message: (report: string) => `The example threw an error:\n${report}`,
  hint: 'Fix the code; if the example is meant to throw, mark its fence ```ts run throws and put the error message in its output fence.',
});

export const ExampleDidNotThrow = define({
  name: 'ExampleDidNotThrow',
  title: 'An example marked `throws` ran without throwing.',
  message: (output: string) => `The example is marked \`throws\` but finished without an error${output ? `, printing:\n${output}` : '.'}`,
  hint: 'Remove `throws` from the fence, or change the code so it throws as the lesson says it does.',
});

export const ExampleCrashed = define({
  name: 'ExampleCrashed',
  title: 'An example ended the process running it.',
  message: (reason: string, output: string) => `The example ${reason}${output ? `; it had printed:\n${output}` : '.'}`,
  hint: 'Examples run in a child process of the build, one at a time, with a 256 MB heap; an example must not call process.exit or signal a process, and one that needs more memory belongs in the library\'s own tests (README, "Trust").',
});

export const ExampleTimeout = define({
  name: 'ExampleTimeout',
  title: 'An example did not finish in time.',
  message: (timeoutMs: number, output: string) =>
    `The example was stopped after ${timeoutMs / 1000} s${output ? `; it had printed:\n${output}` : ' without printing anything.'}`,
  hint: 'Look for a loop that never ends. If the example is slow on purpose, give it more time with `timeout=<n>s` in its fence.',
});

export const ExampleOutputMismatch = define({
  name: 'ExampleOutputMismatch',
  title: "An example's output is not what the lesson says it is.",
  message: (diff: string, outputFence: string) => `The example's output differs from its output fence at ${outputFence} (- expected, + actual):\n${diff}`,
  hint: 'If the new output is right, run `npm run examples:update` to rewrite the output fences, and review the change in the diff.',
});

export const ExampleMissingOutput = define({
  name: 'ExampleMissingOutput',
  title: 'An example prints output but the lesson has no output fence for it.',
  message: (output: string) => `The example printed output, but no \`\`\`output fence follows it:\n${output}`,
  hint: 'Run `npm run examples:update` to write the output fence after the example, and review it.',
});

export const ExerciseStubPasses = define({
  name: 'ExerciseStubPasses',
  title: "An exercise's starting code already passes its check.",
  message: (output: string) => `The exercise's starting code already passes its check, so there is nothing for the reader to do:\n${output}`,
  hint: 'Make the starting code a stub the reader must complete (e.g. return 0, or the textbook form the lesson shows failing in the tails).',
});

export const ExerciseSolutionFails = define({
  name: 'ExerciseSolutionFails',
  title: "An exercise's reference solution does not pass its check.",
  message: (output: string) => `The exercise's \`ts solution\` does not pass its check:\n${output}`,
  hint: "Fix the solution so that it agrees with the check's `reference` on every one of its `inputs` (the ```ts check fence after it).",
});

export const StrayOutputFence = define({
  name: 'StrayOutputFence',
  title: 'An output fence follows no example.',
  message: () => 'This ```output fence does not come right after a ```ts run example, so nothing checks it and the page would show it as plain code.',
  hint: 'Put it right after the example it belongs to (no text between the two fences), add `run` to that example\'s fence, or make it a plain ```text fence.',
});

/** An error about the author's input, located in a file. */
export class CourseError extends Error {
  readonly title: string;
  readonly hint: string;
  /** The message without its `file:line:` prefix. */
  readonly detail: string;
  readonly location: ErrorLocation;
  /** Read by Astro's MDX plugin to point its error overlay at the source. */
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** Read by Astro's error printer for errors raised outside Markdown (pages, hooks). */
  readonly loc: ErrorLocation;

  constructor(data: Pick<ErrorData<never>, 'name' | 'title' | 'hint'>, message: string, location: ErrorLocation) {
    const where = [location.file, location.line, location.column].filter((part) => part !== undefined).join(':');
    // Astro prints `hint` under the message itself, so the message leaves it out.
    super(`${where}: ${message}`);
    this.name = data.name;
    this.title = data.title;
    this.hint = data.hint;
    this.detail = message;
    this.location = location;
    this.line = location.line;
    this.column = location.column;
    this.loc = location;
  }
}
