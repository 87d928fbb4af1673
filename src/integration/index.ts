/**
 * The course integration: everything Astro needs to turn content/ into a
 * course site. It only wires; each step lives in its own module.
 *
 * Pipeline (in order):
 *   remark-math            parses `$…$` and `$$…$$`
 *   remark-collect-links   remembers each authored link's file and line
 *   remark-check-figures   checks <FunctionFigure>/<FunctionExplorer> props, with file and line
 *   remark-run-examples    type-checks and runs each ```ts run example, checks its
 *                          output fence, and renders code + real output
 *   rehype-highlight-code  highlights code blocks with Shiki, each distinct block once
 *   rehype-katex-strict    renders math with KaTeX to HTML + MathML, failing on bad TeX
 *   rehype-heading-anchors gives each h2–h4 a `#` link to itself
 *   rehype-copy-buttons    puts a Copy button beside each highlighted code block
 * then, once every lesson has compiled: the islands' scripts (bundled by esbuild), each lesson's and
 * chapter's download (notebook, .ts files, course code), and the font cutter's start; and after the
 * build: the KaTeX faces the pages draw cut to the characters they draw, a preload of the fonts each
 * page's opening uses and the internal-link check (which sees the download links), while Pagefind indexes
 * the pages beside them.
 */
// First: what loads after it is compiled once per machine, not once per build (see its header).
import './compile-cache.mjs';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import type { AstroConfig, AstroIntegration } from 'astro';
import type { Root as MdastRoot } from 'mdast';
import type { Rollup } from 'vite';
import remarkMath from 'remark-math';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrokenLink, CourseError } from '../lib/errors.ts';
import { checkFrontmatter } from './check-frontmatter.ts';
import { optimizeForBuildLength } from './short-build.ts';
import { startEsbuildService } from './esbuild.ts';
import type { BrokenLinkReport } from './check-links.ts';
import rehypeCopyButtons from './rehype-copy-buttons.ts';
import rehypeHeadingAnchors from './rehype-heading-anchors.ts';
import rehypeHighlightCode, { type HighlightOptions } from './rehype-highlight-code.ts';
import { highlightAhead } from './highlight/highlight-ahead.ts';
import { bundleHelpers } from './helpers/bundle-helpers.ts';
import { useHelperFiles } from './helpers/helper-files.ts';
import type { DownloadStats } from './downloads/write-downloads.ts';
import { readCourseModules } from './modules/course-modules.ts';
import { ModuleBundler } from './modules/bundle-modules.ts';
import { RunnerProcessClient } from './examples/runner-process-client.ts';
import { createProgress } from './examples/progress.ts';
import { parseCourseOptions, type CourseOptions, type ResolvedCourseOptions } from './options.ts';
import remarkCollectLinks, { type AuthoredLink } from './remark-collect-links.ts';
import remarkCheckFigures from './remark-check-figures.ts';
import { FontCutter } from './fonts/font-cutter.ts';
import { lazyPlugin, type Attacher } from './lazy-plugin.ts';
import type { SmartPunctuationOptions } from './remark-smart-punctuation.ts';
import { vitePluginCourse } from './vite-plugin-course.ts';
import { vitePluginLessonsCompiled } from './vite-plugin-lessons-compiled.ts';
import { vitePluginNoDepOptimizer } from './vite-plugin-no-dep-optimizer.ts';
import { prebundleIslands, prebundleTarget } from './client-bundle/prebundle-islands.ts';
import { devIslandScripts, islandScriptsFile } from './client-bundle/island-scripts.ts';
import { vitePluginIslandScripts } from './client-bundle/vite-plugin-island-scripts.ts';

export type { CourseOptions } from './options.ts';

/**
 * The course generator as an Astro integration.
 * @example
 * // astro.config.mjs
 * export default { integrations: [course({ title: 'Neural Networks by Hand', description: '…', display: 'numpy' })] };
 */
export default function course(input: CourseOptions): AstroIntegration & { courseOptions: ResolvedCourseOptions } {
  // Validated before Astro starts, so a bad option is the first and only thing the author sees.
  const options = parseCourseOptions(input);
  const authoredLinks: AuthoredLink[] = [];
  let site: URL | undefined;
  let base = '/';
  let runner: RunnerProcessClient | undefined;
  let root = '';
  let downloadsCacheFile: string | undefined;
  let outDir = '';
  let downloads: Promise<DownloadStats> | undefined;
  const fontCutter = new FontCutter();
  /** The highlighter's process, when a build keeps it for the font cutter (highlight/highlight-ahead.ts). */
  let highlighter: Promise<ChildProcess | undefined> = Promise.resolve(undefined);
  /**
   * Once every lesson has compiled, the cutter starts, in the highlighter's process (idle by then) or its own,
   * and cuts a face to warm up, so the cut after the build finds harfbuzz compiled. (It used to cut the faces
   * the lessons' formulas draw ahead, from their HTML; reading that HTML cost the build's thread about 0.1 s
   * while the pages were generated, more than the cut after the build then saved, once Vite's client bundle
   * no longer left that thread waiting.)
   */
  const startFontCuts = async (): Promise<void> => {
    const [{ katexWarmUpFont }, host] = await Promise.all([import('./fonts/subset-katex-fonts.ts'), highlighter]);
    fontCutter.start(katexWarmUpFont(), host);
  };
  /**
   * The downloads need only the lessons' runs, all made once the pages' server bundle is done, so a build
   * starts them as Vite begins the browser's (empty) bundle and the pages are generated; the link check
   * after the build awaits them. (Made in the runner's process instead, a 6-lesson build took 1.075 times as
   * long: that process must load anew the parsers this one already has for the lessons, remark's and
   * micromark's, and oxc's binding, about 0.5 s of CPU.)
   */
  const startDownloads = (): Promise<DownloadStats> | undefined => {
    if (!runner || downloads) return downloads;
    const steps = { root, contentDir: join(root, 'content'), outDir, site, base, courseTitle: options.title, display: options.display, runner, cacheFile: downloadsCacheFile };
    // Imported only by a build: the downloads' parsers (oxc's for TypeScript among them) and zip would cost `astro dev` for nothing.
    downloads = import('./downloads/write-downloads.ts').then(({ writeDownloads }) => writeDownloads(steps));
    // Its error is reported after the build, where it is awaited.
    downloads.catch(() => undefined);
    return downloads;
  };
  return {
    name: 'course',
    // Read by `examples:update`, which runs examples outside Astro and must print as the build does.
    courseOptions: options,
    hooks: {
      'astro:config:setup': async ({ updateConfig, config, logger, command }) => {
        site = config.site ? new URL(config.site) : undefined;
        if (!site && command === 'build') logger.warn(SITE_URL_MISSING);
        base = config.base;
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        downloadsCacheFile = cacheFileOf(config, 'downloads.json');
        const contentDir = fileURLToPath(new URL('content/', config.root));
        if (command === 'build') {
          // A build of few lessons optimizes its own code without TurboFan (short-build.ts says why).
          void optimizeForBuildLength(contentDir).catch(() => undefined);
          // While this process is small (esbuild.ts says why).
          startEsbuildService();
        }
        // The helper processes start from JavaScript bundles (helpers/helper-files.ts says why),
        // made while the course's modules are read; without them they start from their sources.
        const helpersBundled =
          command === 'build' || command === 'dev'
            ? bundleHelpers(fileURLToPath(new URL('course-helpers/', config.cacheDir))).then(useHelperFiles, (error: unknown) =>
                logger.warn(`the build's helper processes start from their TypeScript sources, as they could not be bundled: ${error instanceof Error ? error.message : String(error)}`),
              )
            : undefined;
        // The examples are run from a process of their own, with its own bundler; this one bundles the pages' modules.
        const courseModules = await readCourseModules(root);
        await helpersBundled;
        const bundler = new ModuleBundler(root);
        const remote = new RunnerProcessClient({ root, contentDir, display: options.display, cacheFile: cacheFileOf(config) });
        runner = remote;
        const islandModules = { options, courseModules, bundler, exampleModules: () => remote.moduleKeys };
        const coursePlugin = () => vitePluginCourse({ ...islandModules, root, contentDir });
        runner.onProgress = createProgress({ stream: process.stderr }).update;
        // TypeScript and the example processes start now, and on a cold build every example runs (from a
        // prediction read from the lessons' text; each lesson's own compile is what counts) while Vite
        // starts and bundles. `astro check` and `astro sync` run no example.
        if (command === 'build' || command === 'dev') void runner.start().catch(() => undefined);
        const highlighting = shikiHighlighting(config);
        // The lessons' code blocks are highlighted in a process of their own while Vite starts and bundles.
        if (highlighting && (command === 'build' || command === 'dev')) {
          highlighter = highlightAhead(highlighting, contentDir, { cacheFile: cacheFileOf(config, 'highlights.json'), keepProcess: command === 'build' }).catch(() => undefined);
        }
        // Before Vite starts: a bad field stops the build at once, naming the lesson and the line. It is checked
        // after the helpers have started, so they start on the core Astro leaves idle; a build it stops ends them.
        await checkFrontmatter(contentDir, root);
        // The editor and the example workers are bundled by esbuild, in its own process, while Astro starts;
        // the pages' scripts once the lessons have compiled (client-bundle/vite-plugin-island-scripts.ts).
        let islandScripts = vitePluginIslandScripts({ command: 'dev', urls: devIslandScripts(root, config.base) });
        if (command === 'build') {
          const target = prebundleTarget(config.vite);
          const prebundle = prebundleIslands(target);
          // Its error, if any, is the islands' bundle's to report.
          prebundle.catch(() => undefined);
          islandScripts = vitePluginIslandScripts({
            command: 'build',
            file: islandScriptsFile(fileURLToPath(config.cacheDir), outDir),
            bundle: async () => {
              const { bundleIslands } = await import('./client-bundle/bundle-islands.ts');
              const { scripts } = await bundleIslands({ root, base: config.base, assetsDir: config.build.assets, outDir, ...target, prebundled: await prebundle, modules: islandModules });
              return scripts;
            },
          });
        }
        // Astro's smart punctuation, as the site asks for it (on unless `markdown.smartypants: false`), made by
        // remark-smart-punctuation.ts at a third of the cost, in the place Astro's own step has: first.
        const smartypants = config.markdown.smartypants ?? true;
        updateConfig({
          markdown: {
            // Sätteri, Astro 7's default processor, runs no remark/rehype plugins
            // and would leave math unrendered, so lessons go through unified.
            processor: unified({
              smartypants: false,
              remarkPlugins: [
                ...(smartypants === false ? [] : [lazyPlugin(async () => smartPunctuation(smartypants === true ? {} : smartypants))]),
                remarkMath,
                remarkCollectLinks(authoredLinks, { base: config.base, root }),
                remarkCheckFigures({ courseModules, bundler, root }),
                lazyPlugin(async () => (await import('./remark-run-examples.ts')).default({ runner: remote, root })),
              ],
              rehypePlugins: [
                ...(highlighting ? [[rehypeHighlightCode, highlighting] satisfies [typeof rehypeHighlightCode, HighlightOptions]] : []),
                lazyPlugin(async () => (await import('./rehype-katex-strict.ts')).default),
                rehypeHeadingAnchors,
                rehypeCopyButtons,
              ],
            }),
            // Astro's Shiki highlights every block anew; rehype-highlight-code highlights each distinct one once.
            ...(highlighting && { syntaxHighlight: false }),
          },
          // optimize: MDX turns static subtrees (a lesson's prose, its tables) into HTML strings
          // instead of thousands of JSX calls, which the bundler would otherwise have to walk.
          // The sitemap needs the site's address; without it, its module is not even loaded.
          integrations: [mdx({ optimize: true }), ...(site ? [(await import('@astrojs/sitemap')).default()] : [])],
          vite: {
            // In `astro dev` the example workers are module workers (islands/runner/session.ts) that Vite
            // serves on their own, so they need the course's virtual modules too (a build prebundles them).
            worker: { format: 'es', plugins: () => [coursePlugin()] },
            // The course's virtual modules, and the islands' scripts.
            plugins: [coursePlugin(), islandScripts, vitePluginLessonsCompiled(async () => Promise.all([startDownloads(), startFontCuts()])), ...(command === 'build' ? [vitePluginNoDepOptimizer()] : [])],
            build: {
              rollupOptions: { onwarn: quietKnownWarnings },
              // Vite would inline KaTeX's smaller fonts into its CSS as data URLs, so every
              // page with math would download them whether its formulas use them or not.
              assetsInlineLimit: (file: string) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
            },
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        // A lesson's own edit needs nothing here (its new code is a new cache key); an edit to
        // a module examples import must re-bundle it, so the session's runs are forgotten.
        server.watcher.on('change', (file) => {
          if (!file.endsWith('.mdx')) runner?.invalidate();
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // What runs only now is loaded only now (see lazy-plugin.ts on why the config loads little).
        const [{ readBuiltPages, listBuiltAssets }, { findBrokenLinks }, { subsetKatexFonts }, { preloadKatexFonts }, { writeSearchIndex }] = await Promise.all([
          import('./built-site.ts'),
          import('./check-links.ts'),
          import('./fonts/subset-katex-fonts.ts'),
          import('./fonts/preload-katex-fonts.ts'),
          import('./search-index.ts'),
        ]);
        // Pagefind indexes in a process of its own from the start: what it reads of a page, its text, is final,
        // while the steps below rewrite the pages' heads (each page whole, so it never reads half of one). Begun
        // after them, as it was, the build waited 45–75 ms for it at the end.
        const search = writeSearchIndex(outDir, options.lang);
        try {
          // Each page is read and parsed once, for the font preloads and the link check.
          const pages = await readBuiltPages(outDir);
          // Before the preloads, which name the cut fonts.
          const cut = await subsetKatexFonts(outDir, pages, base, fontCutter.cut).finally(() => fontCutter.close());
          if (cut) logger.info(`KaTeX fonts cut to the ${cut.glyphs} characters the formulas draw: ${cut.faces} faces, ${kB(cut.bytesBefore)} → ${kB(cut.bytesAfter)}`);
          const preloaded = await preloadKatexFonts(outDir, pages);
          logger.info(`KaTeX fonts preloaded on ${preloaded} pages`);
          if (runner) {
            // The downloads' outputs are the runs the lessons already made; finish() comes after, so the cache keeps them.
            const written = await startDownloads();
            await runner.finish();
            const stats = runner.stats;
            // Reaching this hook means no example failed: a failure stops the build earlier.
            logger.info(`examples: ${stats.run} run, ${stats.cached} cached, 0 failed`);
            if (written) logger.info(describeDownloads(written));
          }
          // After the downloads: pages link to them.
          const broken = findBrokenLinks(pages, await listBuiltAssets(outDir), site, base);
          if (broken.length > 0) throw brokenLinksError(broken, authoredLinks);
          logger.info(`checked the links of ${pages.length} pages: none broken`);
        } catch (error) {
          // Pagefind's process is closed before the build stops with the first error.
          await search.catch(() => undefined);
          throw error;
        }
        logger.info(`search index: ${await search} pages`);
      },
    },
  };
}

/** remark-smart-punctuation.ts with `options`, loaded when a lesson first compiles. */
async function smartPunctuation(options: SmartPunctuationOptions): Promise<Attacher<MdastRoot>> {
  const { default: remarkSmartPunctuation } = await import('./remark-smart-punctuation.ts');
  return () => remarkSmartPunctuation(options);
}

/**
 * What rehype-highlight-code is given in place of Astro's own Shiki step: the site's Shiki settings with
 * the course's themes, and the languages to leave alone. Undefined when the site chose Prism or no
 * highlighting, which Astro then does as it would.
 */
function shikiHighlighting(config: AstroConfig): HighlightOptions | undefined {
  const { syntaxHighlight, shikiConfig } = config.markdown;
  const type = typeof syntaxHighlight === 'object' ? syntaxHighlight.type : syntaxHighlight;
  if (type !== 'shiki') return undefined;
  const excludeLangs = typeof syntaxHighlight === 'object' ? (syntaxHighlight.excludeLangs ?? []) : [];
  // Both themes are emitted as CSS variables; global.css picks one by data-theme. The high-contrast
  // GitHub themes: the plain ones colour some tokens (comments, parameters) below WCAG's 4.5:1, which axe reports.
  return { shikiConfig: { ...shikiConfig, themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: false }, excludeLangs };
}

/** Said on every build without SITE_URL, so a deploy does not publish pages that do not know their address. */
const SITE_URL_MISSING =
  'SITE_URL is not set, so the pages have no canonical URL or og:url and there is no sitemap. Set it to the address the site will live at, e.g. SITE_URL=https://course.example.org npm run build';

function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(0)} kB`;
}

/** The build's line about downloads, e.g. "downloads: 5 lessons (3.1-sigmoid.zip 41 kB, …) and 1 chapter, in 0.4 s". */
function describeDownloads({ lessons, chapters, ms, reused }: DownloadStats): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const first = lessons[0];
  const example = first ? ` (${first.path.split('/').at(-1)} ${(first.bytes / 1000).toFixed(0)} kB, …)` : '';
  const copied = reused > 0 ? `, ${reused} of the zips as the last build made them` : '';
  return `downloads: ${plural(lessons.length, 'lesson')}${example} and ${plural(chapters.length, 'chapter')}${copied}, in ${(ms / 1000).toFixed(1)} s`;
}

/** Results are kept in Astro's cache folder; COURSE_EXAMPLES_CACHE=off keeps none (the benchmarks' cold runs). */
function cacheFileOf(config: AstroConfig, name = 'examples.json'): string | undefined {
  return process.env['COURSE_EXAMPLES_CACHE'] === 'off' ? undefined : fileURLToPath(new URL(name, config.cacheDir));
}

/**
 * Astro 7 marks every MDX content module with a directive that Rolldown warns
 * about, once per lesson, although nothing is wrong.
 * TODO: remove when withastro/astro#18087 ships in a release we depend on.
 */
function quietKnownWarnings(warning: Rollup.RollupLog, warn: (warning: Rollup.RollupLog) => void): void {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
  warn(warning);
}

/** One error for all broken links, each located in its lesson source when an author wrote it. */
function brokenLinksError(broken: readonly BrokenLinkReport[], authored: readonly AuthoredLink[]): CourseError {
  const lines = broken.map(({ page, href, reason }) => {
    const source = authored.find((link) => link.href === href);
    const where = source ? `${source.file}:${source.line}:${source.column}` : `the layout of ${page}`;
    return `  ${where}: ${BrokenLink.message(href, page, reason)}`;
  });
  const first = authored.find((link) => link.href === broken[0]?.href);
  return new CourseError(BrokenLink, `${broken.length} broken link${broken.length === 1 ? '' : 's'}:\n${lines.join('\n')}`, {
    file: first?.file ?? broken[0]?.page ?? '',
    ...(first && { line: first.line, column: first.column }),
  });
}
