/**
 * Reads and checks every lesson's frontmatter against the lesson schema, so a
 * missing or bad field stops the build (or shows in the dev overlay) naming the
 * file, the field's line and what was expected. What it reads is what the pages
 * list (integration/content/course-content.ts).
 */
import { readFile } from 'node:fs/promises';
import { CourseError, InvalidFrontmatter } from '../lib/errors.ts';
import { LESSON_FIELDS, lessonSchema, type LessonFrontmatter } from '../lib/lesson-schema.ts';
import { lessonFiles } from './examples/collect.ts';
import { relativeToRoot } from './paths.ts';
import { fullYaml, quickYaml } from './content/quick-yaml.ts';

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/;

export interface FrontmatterProblem {
  line: number;
  message: string;
}

/** The problems of one lesson's frontmatter, each with its line; empty when it is valid. */
export function frontmatterProblems(source: string): FrontmatterProblem[] {
  return readFrontmatter(source).problems;
}

/** A lesson's frontmatter, validated: its fields, or its problems each with its line. */
export function readFrontmatter(source: string): { data?: LessonFrontmatter; problems: FrontmatterProblem[] } {
  const match = FENCE.exec(source);
  if (!match) return { problems: [{ line: 1, message: 'The lesson has no frontmatter; it must start with a --- block giving title, chapter, section and description.' }] };
  const yaml = match[1] ?? '';
  const quick = quickYaml(yaml, lessonSchema, {});
  if (quick) return { data: quick, problems: [] };
  const { parseDocument, isMap, isScalar, LineCounter } = fullYaml();
  const closingLine = yaml.split('\n').length + 2;
  const lines = new LineCounter();
  const document = parseDocument(yaml, { lineCounter: lines });
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    return { problems: [{ line: 1 + (error.linePos?.[0]?.line ?? 1), message: `The frontmatter is not valid YAML: ${error.message.split('\n')[0]}` }] };
  }
  const lineOf = (key: string): number => {
    const contents = document.contents;
    if (!isMap(contents)) return 2;
    const pair = contents.items.find((item) => isScalar(item.key) && item.key.value === key);
    const offset = isScalar(pair?.key) ? (pair.key.range?.[0] ?? 0) : 0;
    return 1 + lines.linePos(offset).line;
  };
  const data: unknown = document.toJS();
  const result = lessonSchema.safeParse(data ?? {});
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0] ?? '';
      return { line: lineOf(key), message: `The frontmatter field \`${key}\` is not one a lesson has; the fields are ${Object.keys(LESSON_FIELDS).map((name) => `\`${name}\``).join(', ')}.` };
    }
    const key = String(issue.path[0] ?? '');
    const given = (data as Record<string, unknown> | null)?.[key];
    if (given === undefined) {
      return { line: closingLine, message: `The frontmatter has no \`${key}\`; add ${LESSON_FIELDS[key as keyof typeof LESSON_FIELDS] ?? key}.` };
    }
    return { line: lineOf(key), message: `The frontmatter field \`${key}\` is ${JSON.stringify(given)}, but ${issue.message}.` };
  });
  return { problems };
}

/** The frontmatter of the lesson at `path`; a CourseError at its first problem, naming the file and line. */
export async function lessonFrontmatter(path: string, root: string): Promise<LessonFrontmatter> {
  const { data, problems } = readFrontmatter(await readFile(path, 'utf8'));
  const first = problems[0];
  if (data && !first) return data;
  const more = problems.slice(1).map((problem) => `\n  line ${problem.line}: ${problem.message}`).join('');
  throw new CourseError(InvalidFrontmatter, `${first?.message ?? 'The frontmatter is not valid.'}${more}`, { file: relativeToRoot(path, root), line: first?.line ?? 1 });
}

/** Throws a CourseError at the first problem of the first lesson (in path order) that has one. */
export async function checkFrontmatter(contentDir: string, root: string): Promise<void> {
  for (const path of await lessonFiles(contentDir)) await lessonFrontmatter(path, root);
}
