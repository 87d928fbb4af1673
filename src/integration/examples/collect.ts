/**
 * Reads lessons from disk and finds their examples, with the same parser
 * options the site's pipeline uses, for the runs that need every example at
 * once: the build's single type-check, the Vitest suite and `examples:update`.
 */
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import type { Root } from 'mdast';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findExamples, type FoundExample } from './find-examples.ts';
import { lessonFiles } from './lesson-files.ts';

export { lessonFiles } from './lesson-files.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath);

export function parseLesson(source: string): Root {
  return parser.parse(source);
}


export interface LessonExamples {
  /** Absolute path of the lesson. */
  path: string;
  source: string;
  found: FoundExample[];
}

/** Every lesson under `contentDir` that has examples, with its examples in order. */
export async function collectExamples(contentDir: string, root: string): Promise<LessonExamples[]> {
  const lessons: LessonExamples[] = [];
  for (const path of await lessonFiles(contentDir)) {
    const source = await readFile(path, 'utf8');
    if (!source.includes('```')) continue;
    const found = findExamples(parseLesson(source), relative(root, path).split(sep).join('/'));
    if (found.length > 0) lessons.push({ path, source, found });
  }
  return lessons;
}
