/**
 * Previous/next links between lessons, derived from the course order. The
 * first lesson of a chapter goes back to its chapter page; the last lesson of
 * a chapter goes on to the next chapter's page, and the last one of the course
 * to the course home, so a reader is never left at a dead end.
 */
import type { Chapter, Course, Lesson } from './course.ts';

export interface NavLink {
  url: string;
  /** What the link shows, e.g. `3.2 Tanh` or `Chapter 3`. */
  label: string;
  /** A short word shown above the label: `Previous`/`Next`, or where it leads. */
  kind: 'lesson' | 'chapter' | 'home';
}

export interface Neighbours {
  prev: NavLink;
  next: NavLink;
}

export function lessonLabel(lesson: Pick<Lesson, 'section' | 'title'>): string {
  return `${lesson.section} ${lesson.title}`;
}

export function findLesson(course: Course, url: string): Lesson | undefined {
  return course.chapters.flatMap((chapter) => chapter.lessons).find((lesson) => lesson.url === url);
}

export function neighbours(course: Course, lesson: Pick<Lesson, 'url'>): Neighbours {
  const chapterIndex = course.chapters.findIndex((chapter) => chapter.lessons.some((l) => l.url === lesson.url));
  const chapter = course.chapters[chapterIndex];
  if (!chapter) throw new Error(`neighbours: ${lesson.url} is not a lesson of this course`);
  const index = chapter.lessons.findIndex((l) => l.url === lesson.url);
  const before = chapter.lessons[index - 1];
  const after = chapter.lessons[index + 1];
  const nextChapter = course.chapters[chapterIndex + 1];
  return {
    prev: before
      ? { url: before.url, label: lessonLabel(before), kind: 'lesson' }
      : { url: chapter.url, label: `Chapter ${chapter.number}: ${chapter.title}`, kind: 'chapter' },
    next: after
      ? { url: after.url, label: lessonLabel(after), kind: 'lesson' }
      : nextChapter
        ? { url: nextChapter.url, label: `Chapter ${nextChapter.number}: ${nextChapter.title}`, kind: 'chapter' }
        : { url: course.home, label: 'Course home', kind: 'home' },
  };
}

/** Where a lesson sits in its chapter, counted from 1: `{ index: 1, count: 5 }` for the first of five. */
export function lessonPosition(chapter: Pick<Chapter, 'lessons'>, lesson: Pick<Lesson, 'url'>): { index: number; count: number } {
  const index = chapter.lessons.findIndex((candidate) => candidate.url === lesson.url);
  if (index === -1) throw new Error(`lessonPosition: ${lesson.url} is not a lesson of this chapter`);
  return { index: index + 1, count: chapter.lessons.length };
}
