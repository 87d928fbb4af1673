/**
 * The course the pages show, from the `virtual:course/content` module (the
 * chapters and the lessons' frontmatter, read and validated by the integration).
 * The only module in lib/ that reaches content; everything it hands on is plain data.
 */
import { chapters, lessons } from 'virtual:course/content';
import { buildCourse, type Course } from './course.ts';

let cached: Promise<Course> | undefined;

export function loadCourse(): Promise<Course> {
  cached ??= Promise.resolve().then(() => buildCourse(chapters, lessons, { includeDrafts: import.meta.env.DEV, base: import.meta.env.BASE_URL }));
  return cached;
}
