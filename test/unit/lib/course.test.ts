import { describe, expect, test } from 'vitest';
import { buildCourse, type ChapterEntry, type LessonEntry } from '../../../src/lib/course.ts';
import { lessonPosition, neighbours } from '../../../src/lib/navigation.ts';
import { pageTitle } from '../../../src/lib/page-title.ts';

const chapters: ChapterEntry[] = [
  { id: 'activations', number: 3, title: 'Activation functions and their derivatives', summary: '…' },
  { id: 'losses', number: 4, title: 'Loss functions', summary: '…' },
];

function lesson(id: string, section: string, extra: Partial<LessonEntry> = {}): LessonEntry {
  const chapter = section.startsWith('4.') ? 'losses' : 'activations';
  return { id, file: `content/${chapter}/${id}.mdx`, title: id, chapter, section, description: `About ${id}.`, ...extra };
}

describe('buildCourse', () => {
  test('orders chapters by number and lessons by section, numerically', () => {
    const course = buildCourse(chapters.toReversed(), [lesson('c', '3.10'), lesson('a', '3.1'), lesson('mse', '4.1'), lesson('b', '3.2')]);
    expect(course.chapters.map((chapter) => chapter.id)).toEqual(['activations', 'losses']);
    expect(course.chapters[0]?.lessons.map((l) => l.section)).toEqual(['3.1', '3.2', '3.10']);
    expect(course.chapters[0]?.lessons[0]?.url).toBe('/activations/a/');
  });

  test('under a base, every URL starts with it', () => {
    const course = buildCourse(chapters, [lesson('a', '3.1'), lesson('mse', '4.1')], { base: '/course' });
    expect(course.home).toBe('/course/');
    expect(course.chapters.map((chapter) => chapter.url)).toEqual(['/course/activations/', '/course/losses/']);
    expect(course.chapters[1]?.lessons[0]?.url).toBe('/course/losses/mse/');
    expect(neighbours(course, course.chapters[1]!.lessons[0]!).next.url).toBe('/course/');
  });

  test("a comparison table's rows must fill exactly its columns", () => {
    const table = {
      heading: 'Compared',
      caption: 'Side by side',
      rowHeader: 'Activation',
      columns: [{ key: 'range', label: 'Range' }, { key: 'use', label: 'Use' }],
      rows: [{ lesson: 'a', range: '(0, 1)', saturates: 'yes' }],
    };
    const withTable = [{ ...chapters[0]!, comparison: table }, chapters[1]!];
    expect(() => buildCourse(withTable, [lesson('a', '3.1')])).toThrowErrorMatchingInlineSnapshot(
      `[ComparisonCells: content/chapters.yaml: In chapter "activations"'s \`comparison\`, the row for "a" has no cell for \`use\` and has cells for \`saturates\`, which are not columns; the columns are \`range\`, \`use\`.]`,
    );
  });

  test('leaves drafts out unless asked, but still validates them', () => {
    const lessons = [lesson('a', '3.1'), lesson('b', '3.2', { draft: true })];
    expect(buildCourse(chapters, lessons).chapters[0]?.lessons.map((l) => l.id)).toEqual(['a']);
    expect(buildCourse(chapters, lessons, { includeDrafts: true }).chapters[0]?.lessons.map((l) => l.id)).toEqual(['a', 'b']);
    expect(() => buildCourse(chapters, [lesson('a', '3.1'), lesson('b', '3.1', { draft: true })])).toThrow(/Section 3.1/);
  });

  test('a duplicate section names every file that claims it', () => {
    expect(() => buildCourse(chapters, [lesson('sigmoid', '3.1'), lesson('tanh', '3.2'), lesson('copy', '3.01')])).toThrowErrorMatchingInlineSnapshot(
      `[DuplicateSection: content/activations/copy.mdx: Section 3.1 is claimed by 2 lessons: content/activations/copy.mdx, content/activations/sigmoid.mdx. Each lesson needs its own section number.]`,
    );
  });

  test('an unknown chapter names the file and the chapters that exist', () => {
    expect(() => buildCourse(chapters, [lesson('x', '3.1', { chapter: 'activation' })])).toThrowErrorMatchingInlineSnapshot(
      `[UnknownChapter: content/activations/x.mdx: The frontmatter field \`chapter\` is "activation", but content/chapters.yaml defines only "activations", "losses".]`,
    );
  });

  test("a section outside its chapter's number is rejected", () => {
    expect(() => buildCourse(chapters, [lesson('x', '4.1', { chapter: 'activations' })])).toThrowErrorMatchingInlineSnapshot(
      `[SectionOutsideChapter: content/losses/x.mdx: The frontmatter field \`section\` is "4.1", but chapter "activations" is chapter 3, so its sections are numbered 3.1, 3.2, …]`,
    );
  });
});

describe('neighbours', () => {
  const course = buildCourse(chapters, [lesson('sigmoid', '3.1'), lesson('tanh', '3.2'), lesson('mse', '4.1')]);
  const [activations, losses] = course.chapters;
  const [sigmoid, tanh] = activations?.lessons ?? [];
  const mse = losses?.lessons[0];

  test('the first lesson goes back to its chapter page', () => {
    expect(neighbours(course, sigmoid!)).toEqual({
      prev: { url: '/activations/', label: 'Chapter 3: Activation functions and their derivatives', kind: 'chapter' },
      next: { url: '/activations/tanh/', label: '3.2 tanh', kind: 'lesson' },
    });
  });

  test("a chapter's last lesson goes on to the next chapter's page", () => {
    expect(neighbours(course, tanh!).next).toEqual({ url: '/losses/', label: 'Chapter 4: Loss functions', kind: 'chapter' });
  });

  test("the course's last lesson goes on to the course home", () => {
    expect(neighbours(course, mse!).next).toEqual({ url: '/', label: 'Course home', kind: 'home' });
  });

  test('a page that is not a lesson is an error, not a silent dead end', () => {
    expect(() => neighbours(course, { url: '/nowhere/' })).toThrow('/nowhere/ is not a lesson');
  });
});

describe('lessonPosition(chapter, lesson)', () => {
  const course = buildCourse(chapters, [lesson('sigmoid', '3.1'), lesson('tanh', '3.2'), lesson('relu', '3.3')]);
  const activations = course.chapters[0]!;

  test('counts from 1 within the chapter', () => {
    expect(lessonPosition(activations, activations.lessons[1]!)).toEqual({ index: 2, count: 3 });
  });

  test('throws for a lesson of another chapter', () => {
    expect(() => lessonPosition(activations, { url: '/losses/mse/' })).toThrow('/losses/mse/ is not a lesson of this chapter');
  });
});

describe('pageTitle(title, courseTitle)', () => {
  test("appends the course's title when both fit in 70 characters", () => {
    expect(pageTitle('3.1 Sigmoid', 'Neural Networks by Hand')).toBe('3.1 Sigmoid · Neural Networks by Hand');
  });

  test('keeps the page title alone when the two would be longer', () => {
    const title = 'Chapter 3: Activation functions and their derivatives';
    expect(pageTitle(title, 'Neural Networks by Hand')).toBe(title);
  });
});
