/**
 * Prints Lighthouse's mobile scores (performance, accessibility, best
 * practices, SEO) for every lesson: the median of three runs each, on a fresh
 * build served with gzip as a static host would (test/helpers/static-server.ts).
 * Figures only, never asserted: Lighthouse's timings vary with the machine.
 *
 * Run with `npm run bench:lighthouse`. Launches /usr/bin/chromium (or
 * CHROMIUM_PATH) headless through chrome-launcher; the site is served on
 * 127.0.0.1:4344 and Chromium's debugging port is 4345, unless
 * LIGHTHOUSE_PORT is set (it and the next port are used). LIGHTHOUSE_RUNS
 * sets the runs per lesson.
 */
import { rm } from 'node:fs/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { buildSite } from '../helpers/build-site.ts';
import { chromiumArgs, chromiumExecutablePath } from '../helpers/chromium.ts';
import { serveStatic } from '../helpers/static-server.ts';

const lessons = ['/activations/sigmoid/', '/activations/tanh/', '/activations/relu/', '/activations/leaky-relu/', '/activations/softmax/'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const RUNS = Number(process.env['LIGHTHOUSE_RUNS'] ?? 3);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`LIGHTHOUSE_RUNS must be a whole number of runs, 1 or more (it is "${process.env['LIGHTHOUSE_RUNS']}")`);
/** The simulated timings that make up the performance score, in ms: the one to look at when it is below 100. */
const timings = [
  ['first-contentful-paint', 'FCP ms'],
  ['largest-contentful-paint', 'LCP ms'],
  ['speed-index', 'SI ms'],
  ['total-blocking-time', 'TBT ms'],
] as const;
const basePort = Number(process.env['LIGHTHOUSE_PORT'] ?? 4344);

function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

// LIGHTHOUSE_SITE=<dir> measures a site built before (kept afterwards), e.g. to compare two builds.
const given = process.env['LIGHTHOUSE_SITE'];
const outDir = given ?? (await buildSite()).outDir;
const server = await serveStatic(outDir, { gzip: true, port: basePort });
const chrome = await chromeLauncher.launch({
  chromePath: chromiumExecutablePath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
  port: basePort + 1,
});
try {
  console.log(`Lighthouse ${RUNS} runs per lesson, mobile (the default form factor), median scores\n`);
  console.log(['lesson'.padEnd(24), ...categories.map((category) => category.padStart(15)), '   CLS', ...timings.map(([, label]) => label.padStart(9))].join(''));
  for (const lesson of lessons) {
    const scores = new Map<string, number[]>(categories.map((category) => [category, []]));
    const cls: number[] = [];
    const times = new Map<string, number[]>(timings.map(([audit]) => [audit, []]));
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(server.origin + lesson, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${lesson}`);
      for (const category of categories) scores.get(category)?.push(Math.round((result.lhr.categories[category]?.score ?? Number.NaN) * 100));
      cls.push(result.lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN);
      for (const [audit] of timings) times.get(audit)?.push(result.lhr.audits[audit]?.numericValue ?? Number.NaN);
    }
    const cells = categories.map((category) => String(median(scores.get(category) ?? [])).padStart(15));
    const timeCells = timings.map(([audit]) => String(Math.round(median(times.get(audit) ?? []))).padStart(9));
    console.log([lesson.padEnd(24), ...cells, median(cls).toFixed(3).padStart(6), ...timeCells].join(''));
  }
} finally {
  chrome.kill();
  await server.close();
  if (given === undefined) await rm(outDir, { recursive: true, force: true });
}
