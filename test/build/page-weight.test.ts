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

/** gzip bytes of JavaScript run before interaction, per lesson page. */
const JS_BUDGET = 3 * 1024;
/** gzip bytes of CSS (KaTeX's included), per lesson page. */
const CSS_BUDGET = 12 * 1024;

const lessons = ['activations/sigmoid', 'activations/tanh'];

let outDir: string | undefined;
const weights = new Map<string, PageWeight>();

beforeAll(async () => {
  ({ outDir } = await buildSite());
  for (const lesson of lessons) weights.set(lesson, await measurePage(outDir, join(outDir, lesson, 'index.html')));
});

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe.each(lessons)('/%s/', (lesson) => {
  test(`loads at most ${JS_BUDGET} B of gzipped JavaScript before interaction`, () => {
    const { js } = weights.get(lesson)!;
    const gzip = total(js, 'gzip');
    expect(gzip, `${gzip} B gzip over a budget of ${JS_BUDGET} B:\n${describeAssets(js)}`).toBeLessThanOrEqual(JS_BUDGET);
    expect(js.some((asset) => asset.name.startsWith('/pagefind/')), `Pagefind must load on interaction only:\n${describeAssets(js)}`).toBe(false);
  });

  test(`loads at most ${CSS_BUDGET} B of gzipped CSS`, () => {
    const { css } = weights.get(lesson)!;
    const gzip = total(css, 'gzip');
    expect(css.length, 'no stylesheet found; the measurement is looking in the wrong place').toBeGreaterThan(0);
    expect(gzip, `${gzip} B gzip over a budget of ${CSS_BUDGET} B:\n${describeAssets(css)}`).toBeLessThanOrEqual(CSS_BUDGET);
  });
});
