/**
 * Writes every lesson's download (`<chapter>/<lesson>/<section>-<lesson>.zip`)
 * and every chapter's (`<chapter>/chapter-<n>-<chapter>.zip`, all its lessons)
 * into the built site, after the build and before its link check, which
 * then sees the pages' "Download notebook" links reach real files.
 *
 * The examples' outputs come from the build's own runner: each was run while
 * its lesson compiled, so asking again here is answered from its cache. A
 * chapter whose lessons, chapters.yaml, course files and options are as they
 * were in the last build has its zips copied from then (downloads-cache.ts).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CHAPTERS_FILE, lessonUrl } from '../../lib/course.ts';
import { chapterDownloadName, downloadFolder, lessonDownloadName } from '../../lib/downloads.ts';
import { lessonSchema, type LessonFrontmatter } from '../../lib/lesson-schema.ts';
import type { DisplayName } from '../../example-runtime/print.ts';
import { lessonFiles, parseLesson } from '../examples/collect.ts';
import { examplesOf, findExamples, type Example } from '../examples/find-examples.ts';
import type { ExampleRunner } from '../examples/runner.ts';
import { relativeToRoot } from '../paths.ts';
import { withBase } from '../remark-collect-links.ts';
import { chaptersFrom } from '../content/chapters-file.ts';
import { fullYaml, quickYaml } from '../content/quick-yaml.ts';
import { DownloadsCache } from './downloads-cache.ts';
import { lessonDownloadFiles } from './lesson-download.ts';
import { LibraryCollector } from './library-files.ts';
import { chapterReadme } from './readme.ts';
import { zipFiles } from './zip.ts';

export interface WriteDownloadsOptions {
  root: string;
  contentDir: string;
  outDir: string;
  /** Astro's `site`, for the absolute links a notebook needs; undefined leaves them site-relative. */
  site: URL | undefined;
  base: string;
  courseTitle: string;
  display: DisplayName;
  runner: Pick<ExampleRunner, 'run'>;
  /** Where the last build's zips are kept; undefined keeps none. */
  cacheFile?: string | undefined;
}

export interface WrittenFile {
  path: string;
  bytes: number;
}

export interface DownloadStats {
  /** Each lesson's zip, by its path in the site, with its size in bytes. */
  lessons: WrittenFile[];
  /** Each chapter's zip. */
  chapters: WrittenFile[];
  ms: number;
  /** How many of the zips were copied from the last build. */
  reused: number;
}

interface ChapterInfo {
  id: string;
  number: number;
  title: string;
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---[^\n]*/;

/** The frontmatter as spaces, so the parser sees only the body and every offset and line stays true. */
function blankFrontmatter(source: string): string {
  return source.replace(FRONTMATTER, (block) => block.replace(/[^\n]/g, ' '));
}

function compareSections(a: string, b: string): number {
  const [aChapter = 0, aLesson = 0] = a.split('.').map(Number);
  const [bChapter = 0, bLesson = 0] = b.split('.').map(Number);
  return aChapter - bChapter || aLesson - bLesson;
}

function written({ site, bytes }: { site: string; bytes: number }): WrittenFile {
  return { path: `/${site}`, bytes };
}

async function save(outDir: string, path: string, bytes: Uint8Array): Promise<WrittenFile> {
  await mkdir(dirname(join(outDir, path)), { recursive: true });
  await writeFile(join(outDir, path), bytes);
  return { path: `/${path}`, bytes: bytes.byteLength };
}

interface MadeLesson {
  chapter: string;
  section: string;
  /** The folder the download unpacks into, e.g. `3.1-sigmoid`. */
  folder: string;
  /** Where its zip goes in the site, e.g. `activations/sigmoid/3.1-sigmoid.zip`. */
  zipPath: string;
  label: string;
  files: Map<string, string>;
}

interface Context {
  options: WriteDownloadsOptions;
  chapters: readonly ChapterInfo[];
  library: LibraryCollector;
  origin: string;
}

/** One lesson's files, or undefined for a lesson the site does not publish. */
async function makeLesson(path: string, source: string, { options, chapters, library, origin }: Context): Promise<MadeLesson | undefined> {
  const front = publishedFrontmatter(source);
  const chapter = front && chapters.find((candidate) => candidate.id === front.chapter);
  if (!front || !chapter) return undefined;
  const { section, title, description } = front;
  const id = basename(path, '.mdx');
  const file = relativeToRoot(path, options.root);
  const pageUrl = `${origin}${lessonUrl(chapter.id, id, options.base)}`;
  const body = blankFrontmatter(source);
  const tree = parseLesson(body);
  const found = findExamples(tree, file);
  const outcomes = new Map((await options.runner.run(examplesOf(found))).map((outcome) => [outcome.example, outcome]));
  const resolveLink = (href: string) =>
    href.startsWith('#') ? `${pageUrl}${href}` : href.startsWith('/') ? `${origin}${withBase(href, options.base)}` : new URL(href, pageUrl || 'http://site.invalid/').href;
  const files = await lessonDownloadFiles({
    lesson: { id, section, title, description, file, pageUrl },
    courseTitle: options.courseTitle,
    display: options.display,
    source: body,
    tree,
    found,
    outcomeOf: (example: Example) => outcomes.get(example)!,
    library,
    resolveLink,
  });
  const name = lessonDownloadName({ section, id });
  return { chapter: chapter.id, section, folder: downloadFolder(name), zipPath: `${chapter.id}/${id}/${name}`, label: `${section} ${title}`, files };
}

export async function writeDownloads(options: WriteDownloadsOptions): Promise<DownloadStats> {
  const started = performance.now();
  const stats: DownloadStats = { lessons: [], chapters: [], ms: 0, reused: 0 };
  const chaptersText = await readFile(join(options.root, CHAPTERS_FILE), 'utf8').catch(() => '');
  const [library, cache] = await Promise.all([LibraryCollector.create(options.root), DownloadsCache.open(options.cacheFile, options.root)]);
  const context: Context = { options, chapters: chaptersFrom(chaptersText), library, origin: options.site?.origin ?? '' };
  const shared = [chaptersText, JSON.stringify({ origin: context.origin, base: options.base, title: options.courseTitle, display: options.display })];
  const sources = await Promise.all(
    (await lessonFiles(options.contentDir)).map(async (path) => {
      const source = await readFile(path, 'utf8');
      return { path, source, chapter: publishedFrontmatter(source)?.chapter };
    }),
  );
  const lessonZips = new Map<string, WrittenFile>();
  for (const chapter of context.chapters) {
    const members = sources.filter((lesson) => lesson.chapter === chapter.id);
    if (members.length === 0) continue;
    const name = chapterDownloadName(chapter);
    const chapterPath = `${chapter.id}/${name}`;
    const chapterInputs = [...shared, chapter.id, ...members.flatMap(({ path, source }) => [path, source])];
    // Its lessons at once, not one after the other: this runs while the pages are generated, and each await
    // (the runner's answer, each file written) waited its turn of that busy event loop, so 100 lessons'
    // downloads ended some 0.3 s after the checks that follow the build, which wait for them.
    // A chapter as it was: its zip and its lessons' zips are the last build's.
    if (cache.has(chapterPath, chapterInputs) && members.every(({ path, source }) => cache.has(path, [...shared, source]))) {
      await Promise.all(members.map(async ({ path }) => lessonZips.set(path, written(await cache.copy(path, options.outDir)))));
      stats.chapters.push(written(await cache.copy(chapterPath, options.outDir)));
      continue;
    }
    const made = await inOrder(
      members.map(async ({ path, source }) => {
        const lesson = await makeLesson(path, source, context);
        if (!lesson) return undefined;
        lessonZips.set(path, await save(options.outDir, lesson.zipPath, zipFiles(prefixed(lesson.folder, lesson.files))));
        await cache.keep(path, [...shared, source], options.outDir, lesson.zipPath);
        return lesson;
      }),
    );
    const lessons = made.filter((lesson) => lesson !== undefined).toSorted((a, b) => compareSections(a.section, b.section));
    if (lessons.length === 0) continue;
    const url = `${context.origin}${withBase(`/${chapter.id}/`, options.base)}`;
    const files = new Map([['README.md', chapterReadme({ ...chapter, url, courseTitle: options.courseTitle, lessons })]]);
    for (const lesson of lessons) for (const [path, text] of lesson.files) files.set(`${lesson.folder}/${path}`, text);
    stats.chapters.push(await save(options.outDir, chapterPath, zipFiles(prefixed(downloadFolder(name), files))));
    await cache.keep(chapterPath, chapterInputs, options.outDir, chapterPath);
  }
  for (const { path } of sources) {
    const zip = lessonZips.get(path);
    if (zip) stats.lessons.push(zip);
  }
  await cache.save(library.sources);
  stats.reused = cache.reused;
  stats.ms = performance.now() - started;
  return stats;
}

/**
 * A lesson's frontmatter, unless the lesson is a draft (drafts are not published); a lesson with bad
 * frontmatter has already stopped the build.
 */
function publishedFrontmatter(source: string): LessonFrontmatter | undefined {
  const text = FRONTMATTER.exec(source)?.[0].replace(/^---|---[^\n]*$/g, '') ?? '';
  const front = quickYaml(text, lessonSchema, {}) ?? lessonSchema.safeParse(fullYaml().parse(text)).data;
  return front && !front.draft ? front : undefined;
}

/** The values of `promises`, in their order; if any fails, the first of them in that order (as when made one by one). */
async function inOrder<T>(promises: readonly Promise<T>[]): Promise<T[]> {
  const values: T[] = [];
  for (const result of await Promise.allSettled(promises)) {
    if (result.status === 'rejected') throw result.reason;
    values.push(result.value);
  }
  return values;
}

function prefixed(folder: string, files: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...files].map(([path, text]) => [`${folder}/${path}`, text]));
}
