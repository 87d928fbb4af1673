/**
 * What the pages list: every lesson's validated frontmatter and the chapters,
 * read from content/ for the `virtual:course/content` module. The lessons'
 * MDX itself is compiled by Vite when its page is built (pages/[chapter]/[lesson].astro),
 * so nothing here goes through Astro's content layer, whose sync (a Vite server
 * of its own, a data store, generated types) costs a build about a second.
 */
import { join, relative, sep } from 'node:path';
import { CHAPTERS_FILE, type ChapterEntry, type LessonEntry } from '../../lib/course.ts';
import { lessonFrontmatter } from '../check-frontmatter.ts';
import { lessonFiles } from '../examples/lesson-files.ts';
import { readChapters } from './chapters-file.ts';

export interface CourseContent {
  chapters: ChapterEntry[];
  lessons: LessonEntry[];
  /** The files it was read from (absolute): editing one changes it. */
  files: string[];
}

export async function readCourseContent(root: string, contentDir: string): Promise<CourseContent> {
  const files = await lessonFiles(contentDir);
  const [chapters, lessons] = await Promise.all([
    readChapters(root),
    Promise.all(
      files.map(async (path): Promise<LessonEntry> => {
        const file = relative(root, path).split(sep).join('/');
        const id = file.split('/').at(-1)!.replace(/\.mdx$/, '');
        return { ...(await lessonFrontmatter(path, root)), id, file };
      }),
    ),
  ]);
  return { chapters, lessons, files: [...files, join(root, CHAPTERS_FILE)] };
}
