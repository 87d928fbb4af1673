/**
 * Size budget per lesson page, measured on a real build of the course: what a
 * reader downloads before touching anything. JavaScript that loads on
 * interaction (Pagefind) is not counted; see test/helpers/page-weight.ts.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { shortHash } from '../../src/lib/short-hash.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, repoRoot } from '../helpers/build-site.ts';
import { describeAssets, measurePage, total, type PageWeight } from '../helpers/page-weight.ts';

/**
 * gzip bytes of JavaScript run before interaction: 3 KB on every page,
 * lessons included (issue 14), where it covers the reader script (theme,
 * search box, ←/→, progress, contents mark) and the bootstraps of the live
 * examples and explorers; everything else loads on use.
 */
const READING_JS_BUDGET = 3 * 1024;
/** Lessons too (issue 14): the reader, and the bootstraps of the live examples and explorers. */
const LESSON_JS_BUDGET = 3 * 1024;
/** gzip bytes of CSS (KaTeX's included), per lesson page. */
const CSS_BUDGET = 12 * 1024;

const lessons = ['activations/sigmoid', 'activations/tanh', 'activations/relu', 'activations/leaky-relu', 'activations/softmax'];
/** Pages without examples: only the reading budget applies. */
const readingPages = ['', 'activations'];

let outDir: string | undefined;
const weights = new Map<string, PageWeight>();

beforeAll(async () => {
  ({ outDir } = await buildSite());
  for (const page of [...lessons, ...readingPages]) weights.set(page, await measurePage(outDir, join(outDir, page, 'index.html')));
});

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

function checkJs(page: string, budget: number): void {
  const { js } = weights.get(page)!;
  const gzip = total(js, 'gzip');
  expect(gzip, `${gzip} B gzip over a budget of ${budget} B:\n${describeAssets(js)}`).toBeLessThanOrEqual(budget);
  expect(js.some((asset) => asset.name.startsWith('/pagefind/')), `Pagefind must load on interaction only:\n${describeAssets(js)}`).toBe(false);
  expect(js.some((asset) => /worker|editor|example-controller/.test(asset.name)), `the example runner must load on interaction only:\n${describeAssets(js)}`).toBe(false);
}

describe.each(readingPages)('/%s (no examples)', (page) => {
  test(`loads at most ${READING_JS_BUDGET} B of gzipped JavaScript before interaction`, () => checkJs(page, READING_JS_BUDGET));
});

describe.each(lessons)('/%s/', (lesson) => {
  test(`loads at most ${LESSON_JS_BUDGET} B of gzipped JavaScript before interaction`, () => {
    checkJs(lesson, LESSON_JS_BUDGET);
  });

  test(`loads at most ${CSS_BUDGET} B of gzipped CSS`, () => {
    const { css } = weights.get(lesson)!;
    const gzip = total(css, 'gzip');
    expect(css.length, 'no stylesheet found; the measurement is looking in the wrong place').toBeGreaterThan(0);
    expect(gzip, `${gzip} B gzip over a budget of ${CSS_BUDGET} B:\n${describeAssets(css)}`).toBeLessThanOrEqual(CSS_BUDGET);
  });
});

describe('the KaTeX fonts', () => {
  /** `KaTeX_Main-Regular.<hash>.woff` → `KaTeX_Main-Regular.woff`, KaTeX's own file in that format. */
  const original = (name: string) => name.replace(/\.[\w-]+\.woff$/, '.woff');

  test('are cut to the characters the formulas draw, each file named by its own content, as is the stylesheet that names them', async () => {
    const assets = join(outDir!, '_astro');
    const files = await readdir(assets);
    const stylesheet = files.find((file) => /^katex\..+\.css$/.test(file));
    expect(stylesheet, 'KaTeX\'s stylesheet in _astro/').toBeDefined();
    const css = await readFile(join(assets, stylesheet!), 'utf8');
    // A file under /_astro/ may be cached for good by its name: a changed file must have a new one.
    expect(stylesheet).toBe(`katex.${shortHash(css)}.css`);
    const named = [...css.matchAll(/url\(([^)]+?\.(?:woff2?|ttf))\)/g)].map((match) => match[1]!.split('/').at(-1)!);
    expect(named.filter((file) => !files.includes(file)), 'fonts the stylesheet names that are not in the build').toEqual([]);
    // The faces the lessons draw with are cut, and come first in their @font-face: each much smaller than
    // KaTeX's own file of the same format, under a name of its content.
    for (const face of ['KaTeX_Main-Regular', 'KaTeX_Math-Italic', 'KaTeX_Size1-Regular', 'KaTeX_AMS-Regular']) {
      const file = named.find((name) => name.startsWith(`${face}.`));
      expect(file, `${face}: the first file its @font-face names`).toMatch(/\.woff$/);
      const bytes = await readFile(join(assets, file!));
      const full = await readFile(join(repoRoot, 'node_modules/katex/dist/fonts', original(file!)));
      expect(bytes.byteLength, face).toBeLessThan(full.byteLength * 0.6);
      expect(file).toBe(`${face}.${shortHash(bytes.toString('latin1'))}.woff`);
    }
  });

  test('pages link the stylesheet and preload the fonts by their new names', async () => {
    const files = new Set(await readdir(join(outDir!, '_astro')));
    for (const page of lessons) {
      const html = await readFile(join(outDir!, page, 'index.html'), 'utf8');
      const linked = [...html.matchAll(/<link rel="(?:stylesheet|preload)" href="\/_astro\/([^"]+)"/g)].map((match) => match[1]!);
      expect(linked.length, page).toBeGreaterThan(2);
      expect(linked.filter((file) => !files.has(file)), `${page}: links to files not in the build`).toEqual([]);
    }
  });
});
