/**
 * The options of `course()`: everything about a course that the generator
 * does not know by itself. One zod schema is the single source: the type an
 * author writes (`CourseOptions`) and the type the code reads
 * (`ResolvedCourseOptions`) are both derived from it, and a bad option stops
 * the build with a sentence naming the option, what was expected and an
 * example (as Starlight's `parseWithFriendlyErrors` does).
 */
import { z } from 'astro/zod';

export const DISPLAY_PRINTERS = ['inspect', 'numpy'] as const;

const schema = z.strictObject({
  /**
   * The course's name: the header, every page's `<title>` after the page's own, and link previews.
   * @example 'Neural Networks by Hand'
   */
  title: z.string().trim().min(1),
  /**
   * One or two sentences about the course: the home page's lead, and the description of pages that have none.
   * @example 'A course on the mathematics of neural networks in which every example runs.'
   */
  description: z.string().trim().min(1),
  /**
   * The language of the pages (`<html lang>`), and of the search index's stemming.
   * @default 'en'
   */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .default('en'),
  /**
   * The footer line of every page.
   * @default '<title>. Every example on these pages ran, and its output was checked, when the site was built.'
   */
  footer: z.string().trim().min(1).optional(),
  /**
   * How the value of an example's top-level expression statement is shown, as a notebook shows a cell's value.
   * `'inspect'` is Node's REPL (`util.inspect`); `'numpy'` prints numbers and (nested) arrays as numpy does
   * (`array([0.5, 0.73105858])`). `console.log` always prints exactly as Node's does.
   * @default 'inspect'
   */
  display: z.enum(DISPLAY_PRINTERS).default('inspect'),
});

/** What an author passes to `course()` in astro.config.mjs. */
export type CourseOptions = z.input<typeof schema>;

/** The options after defaults, as the generator reads them. */
export interface ResolvedCourseOptions extends Omit<z.output<typeof schema>, 'footer'> {
  footer: string;
}

/** An example value for each option, shown when it is wrong. */
const EXAMPLES: Record<keyof CourseOptions, string> = {
  title: "title: 'Neural Networks by Hand'",
  description: "description: 'A course on the mathematics of neural networks in which every example runs.'",
  lang: "lang: 'en'",
  footer: "footer: 'Neural Networks by Hand, by A. Author. Examples checked at build.'",
  display: `display: 'numpy' (one of ${DISPLAY_PRINTERS.map((name) => `'${name}'`).join(', ')})`,
};

const EXPECTED: Record<keyof CourseOptions, string> = {
  title: 'a non-empty string',
  description: 'a non-empty string',
  lang: 'a BCP 47 language tag',
  footer: 'a non-empty string',
  display: `one of ${DISPLAY_PRINTERS.map((name) => `'${name}'`).join(', ')}`,
};

export class CourseOptionsError extends Error {
  override name = 'CourseOptionsError';
}

function isOption(key: PropertyKey | undefined): key is keyof CourseOptions {
  return typeof key === 'string' && key in EXAMPLES;
}

function describeValue(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

/** One sentence per problem: the option, what it was, what it should be, and an example. */
function explain(issue: z.core.$ZodIssue, input: Readonly<Record<string, unknown>>): string {
  const key = issue.path[0];
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(EXAMPLES).map((name) => `\`${name}\``).join(', ');
    return `course() has no option ${issue.keys.map((name) => `\`${name}\``).join(', ')}; its options are ${known}.`;
  }
  if (!isOption(key)) return issue.message;
  return `The course option \`${key}\` is ${describeValue(input[key])}, but it must be ${EXPECTED[key]}. For example: course({ ${EXAMPLES[key]} }).`;
}

/**
 * Validates the options an author passed to `course()`.
 * @throws CourseOptionsError listing every problem, one sentence each
 * @example
 * parseCourseOptions({ title: 'T', description: 'D' }).display; // returns 'inspect'
 */
export function parseCourseOptions(input: unknown): ResolvedCourseOptions {
  const result = schema.safeParse(input ?? {});
  if (!result.success) {
    const given = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
    const sentences = result.error.issues.map((issue) => `- ${explain(issue, given)}`);
    throw new CourseOptionsError(`Invalid options for course() in astro.config.mjs:\n${sentences.join('\n')}`);
  }
  const options = result.data;
  return {
    ...options,
    footer: options.footer ?? `${options.title}. Every example on these pages ran, and its output was checked, when the site was built.`,
  };
}
