/**
 * Reads content/chapters.yaml and checks it against the chapter schema, so a
 * missing or bad field stops the build (or shows in the dev overlay) naming the
 * file, the line of the field (or of its chapter, when the field is missing) and
 * what was expected.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chaptersSchema } from '../../lib/chapter-schema.ts';
import { CHAPTERS_FILE, type ChapterEntry } from '../../lib/course.ts';
import { CourseError, InvalidChapters } from '../../lib/errors.ts';
import { fullYaml, quickYaml } from './quick-yaml.ts';

/** The chapters of the course at `root`, validated, in file order. */
export async function readChapters(root: string): Promise<ChapterEntry[]> {
  let text: string;
  try {
    text = await readFile(join(root, CHAPTERS_FILE), 'utf8');
  } catch {
    throw new CourseError(InvalidChapters, `There is no ${CHAPTERS_FILE}; create it with the course's chapters, e.g.\n  - id: activations\n    number: 3\n    title: Activation functions\n    summary: …`, { file: CHAPTERS_FILE });
  }
  return chaptersFrom(text);
}

/** The chapters in the text of chapters.yaml; a CourseError at its first problem. */
export function chaptersFrom(text: string): ChapterEntry[] {
  const quick = quickYaml(text, chaptersSchema, []);
  if (quick) return quick;
  const { isCollection, isNode, LineCounter, parseDocument } = fullYaml();
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  const fail = (offset: number, message: string): never => {
    throw new CourseError(InvalidChapters, message, { file: CHAPTERS_FILE, line: lines.linePos(offset).line });
  };
  const syntax = document.errors[0];
  if (syntax) fail(syntax.pos[0], `${CHAPTERS_FILE} is not valid YAML: ${syntax.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}.`);
  const data: unknown = document.toJS() ?? [];
  const result = chaptersSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  // The deepest node of the issue's path that the file has: the field itself, or the chapter missing it.
  let node: unknown = document.contents;
  for (let depth = issue.path.length; depth >= 0; depth--) {
    const found: unknown = depth === 0 ? document.contents : document.getIn(issue.path.slice(0, depth) as (string | number)[], true);
    if (isNode(found)) {
      node = found;
      break;
    }
  }
  const offset = isNode(node) ? (node.range?.[0] ?? 0) : 0;
  const where = chapterOf(issue.path, data);
  const field = issue.path.slice(1).join('.');
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  if (unknownKey !== undefined) {
    const pair = isCollection(node) ? node.items.find((item) => isNode((item as { key?: unknown }).key) && String((item as { key: { toJSON(): unknown } }).key.toJSON()) === unknownKey) : undefined;
    const keyOffset = (pair as { key?: { range?: [number] } } | undefined)?.key?.range?.[0] ?? offset;
    fail(keyOffset, `${where} has a field \`${[field, unknownKey].filter(Boolean).join('.')}\`, which a chapter does not have.`);
  }
  fail(offset, `${where}${field ? `'s \`${field}\`` : ''}: ${issue.message}.`);
  return [];
}

/** `The chapter "activations"`, or `Chapter 2 of content/chapters.yaml` when it has no id, for an issue's path; the file itself for the top. */
function chapterOf(path: readonly PropertyKey[], data: unknown): string {
  const index = path[0];
  if (typeof index !== 'number') return CHAPTERS_FILE;
  const id = Array.isArray(data) ? (data[index] as { id?: unknown } | undefined)?.id : undefined;
  return typeof id === 'string' ? `The chapter "${id}"` : `Chapter ${index + 1} of ${CHAPTERS_FILE}`;
}
