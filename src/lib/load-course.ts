/**
 * Reads the content collections into a validated `Course`. The only module in
 * lib/ that calls `astro:content`; everything it hands on is plain data.
 */
import { getCollection } from 'astro:content';
import { buildCourse, type Course, type LessonEntry } from './course.ts';

let cached: Promise<Course> | undefined;

export function loadCourse(): Promise<Course> {
  cached ??= (async () => {
    const [chapters, lessons] = await Promise.all([getCollection('chapters'), getCollection('lessons')]);
    const entries: LessonEntry[] = lessons.map((entry) => ({
      ...entry.data,
      id: entry.id.split('/').at(-1) ?? entry.id,
      file: entry.filePath ?? entry.id,
    }));
    return buildCourse(
      chapters.map((entry) => entry.data),
      entries,
      { includeDrafts: import.meta.env.DEV, base: import.meta.env.BASE_URL },
    );
  })();
  return cached;
}

/** The collection entry behind a lesson, for rendering its MDX. */
export async function lessonEntry(lessonFile: string) {
  const lessons = await getCollection('lessons');
  const entry = lessons.find((candidate) => candidate.filePath === lessonFile);
  if (!entry) throw new Error(`lessonEntry: no lesson loaded from ${lessonFile}`);
  return entry;
}
