/**
 * The course as the site shows it: chapters in order, each with its lessons
 * in section order. Built from plain entries (not `astro:content` calls) so it
 * can be unit-tested; order and neighbours are derived, never written by hand.
 */
import { CourseError, DuplicateSection, SectionOutsideChapter, UnknownChapter, UnknownLesson } from './errors.ts';

/** Where chapters are defined, for error messages. */
export const CHAPTERS_FILE = 'content/chapters.yaml';

export interface ComparisonRow {
  /** The id of the lesson the row is about. */
  lesson: string;
  range: string;
  derivative: string;
  zeroCentred: string;
  saturates: string;
  use: string;
}

export interface ChapterEntry {
  id: string;
  number: number;
  title: string;
  summary: string;
  /** What the chapter assumes, and where earlier chapters are (home and chapter page); inline TeX allowed. */
  assumes?: string | undefined;
  /** Paragraphs for the chapter page; inline TeX allowed. */
  introduction?: string[];
  /** Rows of the chapter page's comparison table. */
  comparison?: ComparisonRow[];
}

export interface LessonEntry {
  /** The lesson's slug inside its chapter, e.g. `sigmoid`. */
  id: string;
  /** Source file, relative to the project root, for error messages. */
  file: string;
  title: string;
  chapter: string;
  /** `<chapter number>.<lesson number>`, e.g. `3.1`. */
  section: string;
  description: string;
  draft?: boolean | undefined;
}

export interface Lesson extends LessonEntry {
  url: string;
}

export interface Chapter extends ChapterEntry {
  url: string;
  lessons: Lesson[];
}

export interface Course {
  chapters: Chapter[];
}

export function chapterUrl(chapterId: string): string {
  return `/${chapterId}/`;
}

export function lessonUrl(chapterId: string, lessonId: string): string {
  return `/${chapterId}/${lessonId}/`;
}

/** Section numbers compare numerically part by part, so 3.10 comes after 3.9. */
function compareSections(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

function checkChapters(lessons: readonly LessonEntry[], byId: ReadonlyMap<string, ChapterEntry>): void {
  for (const lesson of lessons) {
    const chapter = byId.get(lesson.chapter);
    if (!chapter) {
      throw new CourseError(UnknownChapter, UnknownChapter.message(lesson.chapter, [...byId.keys()]), { file: lesson.file });
    }
    if (Number(lesson.section.split('.')[0]) !== chapter.number) {
      const message = SectionOutsideChapter.message(lesson.section, chapter.id, chapter.number);
      throw new CourseError(SectionOutsideChapter, message, { file: lesson.file });
    }
  }
}

/** Every comparison row must name a lesson of its chapter, so its link cannot break. */
function checkComparisons(chapters: readonly ChapterEntry[], lessons: readonly LessonEntry[]): void {
  for (const chapter of chapters) {
    const ids = lessons.filter((lesson) => lesson.chapter === chapter.id).map((lesson) => lesson.id);
    const stray = chapter.comparison?.find((row) => !ids.includes(row.lesson));
    if (stray) {
      throw new CourseError(UnknownLesson, UnknownLesson.message(stray.lesson, chapter.id, ids), { file: CHAPTERS_FILE });
    }
  }
}

function checkUniqueSections(lessons: readonly LessonEntry[]): void {
  const filesBySection = new Map<string, string[]>();
  for (const lesson of lessons) {
    const key = lesson.section.split('.').map(Number).join('.');
    filesBySection.set(key, [...(filesBySection.get(key) ?? []), lesson.file]);
  }
  for (const [section, files] of filesBySection) {
    if (files.length > 1) {
      const sorted = files.toSorted();
      throw new CourseError(DuplicateSection, DuplicateSection.message(section, sorted), { file: sorted[0] ?? '' });
    }
  }
}

/**
 * Validates lessons against their chapters and orders both.
 * Drafts are validated too, so a draft cannot hide a broken section number,
 * but they are left out of the course unless `includeDrafts` is set.
 */
export function buildCourse(
  chapters: readonly ChapterEntry[],
  lessons: readonly LessonEntry[],
  { includeDrafts = false }: { includeDrafts?: boolean } = {},
): Course {
  const byId = new Map(chapters.map((chapter) => [chapter.id, chapter]));
  checkChapters(lessons, byId);
  checkUniqueSections(lessons);
  checkComparisons(chapters, lessons);
  const published = lessons.filter((lesson) => includeDrafts || !lesson.draft).toSorted((a, b) => compareSections(a.section, b.section));
  return {
    chapters: chapters
      .toSorted((a, b) => a.number - b.number)
      .map((chapter) => ({
        ...chapter,
        url: chapterUrl(chapter.id),
        lessons: published
          .filter((lesson) => lesson.chapter === chapter.id)
          .map((lesson) => ({ ...lesson, url: lessonUrl(chapter.id, lesson.id) })),
      })),
  };
}
