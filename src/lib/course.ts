/**
 * The course as the site shows it: chapters in order, each with its lessons
 * in section order. Built from plain entries (virtual:course/content) so it
 * can be unit-tested; order and neighbours are derived, never written by hand.
 */
import { ComparisonCells, CourseError, DuplicateSection, SectionOutsideChapter, UnknownChapter, UnknownLesson } from './errors.ts';

/** Where chapters are defined, for error messages. */
export const CHAPTERS_FILE = 'content/chapters.yaml';

export interface ComparisonRow {
  /** The id of the lesson the row is about. */
  lesson: string;
  /** The row's cells, by column key. */
  [key: string]: string;
}

/** A chapter page's comparison table, with the author's own columns. */
export interface Comparison {
  heading: string;
  caption: string;
  rowHeader: string;
  columns: { key: string; label: string }[];
  rows: ComparisonRow[];
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
  /** The chapter page's comparison table. */
  comparison?: Comparison | undefined;
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
  /** The course home page's URL: Astro's `base`. */
  home: string;
  chapters: Chapter[];
}

/** `base` with exactly one slash at the end: `/` or `/course/`. */
function baseDir(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

export function chapterUrl(chapterId: string, base = '/'): string {
  return `${baseDir(base)}${chapterId}/`;
}

export function lessonUrl(chapterId: string, lessonId: string, base = '/'): string {
  return `${baseDir(base)}${chapterId}/${lessonId}/`;
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

/** Every comparison row must name a lesson of its chapter (so its link cannot break) and fill exactly the table's columns. */
function checkComparisons(chapters: readonly ChapterEntry[], lessons: readonly LessonEntry[]): void {
  for (const chapter of chapters) {
    const ids = lessons.filter((lesson) => lesson.chapter === chapter.id).map((lesson) => lesson.id);
    const table = chapter.comparison;
    if (!table) continue;
    const stray = table.rows.find((row) => !ids.includes(row.lesson));
    if (stray) {
      throw new CourseError(UnknownLesson, UnknownLesson.message(stray.lesson, chapter.id, ids), { file: CHAPTERS_FILE });
    }
    const keys = table.columns.map((column) => column.key);
    for (const row of table.rows) {
      const cells = Object.keys(row).filter((key) => key !== 'lesson');
      const missing = keys.filter((key) => !cells.includes(key));
      const extra = cells.filter((key) => !keys.includes(key));
      if (missing.length > 0 || extra.length > 0) {
        const message = ComparisonCells.message(chapter.id, row.lesson, keys, missing, extra);
        throw new CourseError(ComparisonCells, message, { file: CHAPTERS_FILE });
      }
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
 * but they are left out of the course unless `includeDrafts` is set. URLs
 * start with `base` (Astro's), so the site can be served from a sub-path.
 */
export function buildCourse(
  chapters: readonly ChapterEntry[],
  lessons: readonly LessonEntry[],
  { includeDrafts = false, base = '/' }: { includeDrafts?: boolean; base?: string } = {},
): Course {
  const byId = new Map(chapters.map((chapter) => [chapter.id, chapter]));
  checkChapters(lessons, byId);
  checkUniqueSections(lessons);
  checkComparisons(chapters, lessons);
  const published = lessons.filter((lesson) => includeDrafts || !lesson.draft).toSorted((a, b) => compareSections(a.section, b.section));
  return {
    home: baseDir(base),
    chapters: chapters
      .toSorted((a, b) => a.number - b.number)
      .map((chapter) => ({
        ...chapter,
        url: chapterUrl(chapter.id, base),
        lessons: published
          .filter((lesson) => lesson.chapter === chapter.id)
          .map((lesson) => ({ ...lesson, url: lessonUrl(chapter.id, lesson.id, base) })),
      })),
  };
}
