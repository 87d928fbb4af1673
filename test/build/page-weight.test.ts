/**
 * Size budget per lesson page, measured on a real build of the course: what a
 * reader downloads before touching anything. JavaScript that loads on
 * interaction (Pagefind) is not counted; see test/helpers/page-weight.ts.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
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
