/**
 * Prints what plots printed by examples (`course:plot`) cost, on a real build
 * of the course in this machine's headless Chromium and in Node:
 *   - the JavaScript a first Run of a plotting example fetches on top of a
 *     first Run of an example that prints text (the renderer and the API), gzip;
 *   - the first-plot time: a cold page, from the click on Run until the SVG is
 *     in the output (median of several page loads);
 *   - the build-time cost per plotted example: type-check and run of the five
 *     chapter figures, uncached, against five text examples, and the markup
 *     (text form and inline SVG) per plot.
 * Figures only, never asserted. Run with `npm run bench:plots`.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { actualOutput, printedOutput } from '../../src/integration/examples/check.ts';
import type { Example } from '../../src/integration/examples/find-examples.ts';
import { outputChildren } from '../../src/integration/plot-markup.ts';
import { buildSite } from '../helpers/build-site.ts';
import { chromiumLaunchOptions } from '../helpers/chromium.ts';
import { examplesIn, projectRunner } from '../helpers/examples.ts';
import { serveStatic } from '../helpers/static-server.ts';

const LESSON = '/activations/sigmoid/';
const LESSONS = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'softmax'];
const REPEATS = 7;
const PLOTTING = 'course-example:has(.example-plot svg)';
const TEXT = 'course-example:not(:has(.example-plot)):not([data-check])';
/** The text run imports what the plotting one does besides course:plot, so the difference is the plot's own code. */
const TEXT_IMPORTS = "from '#activations'";

function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** A cold page: clicks Run on the first example matching `selector`; ms until its output holds a new SVG (or the run ends), and the JS fetched. */
async function coldRun(browser: Browser, origin: string, selector: string, waitForSvg: boolean, codeIncludes = ''): Promise<{ ms: number; js: string[] }> {
  const page = await browser.newPage();
  await page.goto(origin + LESSON, { waitUntil: 'networkidle' });
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  const ms = await page.evaluate(
    async ({ selector, waitForSvg, codeIncludes }) => {
      const example = [...document.querySelectorAll(selector)].find((candidate) => candidate.querySelector('pre')?.textContent?.includes(codeIncludes));
      const button = example?.querySelector<HTMLButtonElement>('button[data-action="run"]');
      const samp = example?.querySelector('output samp');
      if (!example || !button || !samp) throw new Error(`no example at ${selector}`);
      const built = samp.querySelector('svg');
      const started = performance.now();
      const done = new Promise<void>((resolve) => {
        new MutationObserver((_, observer) => {
          const svg = samp.querySelector('svg');
          const finished = waitForSvg ? svg !== null && svg !== built : !example.hasAttribute('aria-busy') && samp.textContent !== '';
          if (finished) {
            observer.disconnect();
            resolve();
          }
        }).observe(example, { attributes: true, childList: true, subtree: true });
      });
      button.click();
      await done;
      return performance.now() - started;
    },
    { selector, waitForSvg, codeIncludes },
  );
  await page.close();
  return { ms, js: [...new Set(fetched.filter((path) => path.endsWith('.js')))] };
}

async function gzipOf(outDir: string, paths: readonly string[]): Promise<number> {
  let sum = 0;
  for (const path of paths) sum += gzipSync(await readFile(join(outDir, path)), { level: 9 }).length;
  return sum;
}

async function buildCost(): Promise<void> {
  const all = (await Promise.all(LESSONS.map((name) => examplesIn(`content/activations/${name}.mdx`)))).flat();
  const plotting = all.filter((example) => example.code.includes("from 'course:plot'"));
  const text = all.filter((example) => !example.code.includes('course:plot') && example.role === 'example').slice(0, plotting.length);
  const timed = async (examples: readonly Example[]) => {
    const runner = await projectRunner();
    try {
      const started = performance.now();
      const outcomes = await runner.run(examples);
      return { ms: performance.now() - started, outcomes };
    } finally {
      runner.close(); // its example processes would keep the benchmark alive
    }
  };
  // Warm the TypeScript compiler and esbuild once, so neither batch pays for loading them.
  await timed(all.slice(0, 1));
  const plotted = await timed(plotting);
  const printed = await timed(text);
  const markup: number[] = [];
  for (let round = 0; round < REPEATS; round++) {
    for (const outcome of plotted.outcomes) {
      const started = performance.now();
      actualOutput(outcome);
      outputChildren(printedOutput(outcome));
      markup.push(performance.now() - started);
    }
  }
  console.log(`Build (Node, uncached, one batch each): ${plotting.length} plotting examples ${plotted.ms.toFixed(0)} ms, ${text.length} text examples ${printed.ms.toFixed(0)} ms`);
  console.log(`  per plotted example: ${(plotted.ms / plotting.length).toFixed(0)} ms to check and run (text examples: ${(printed.ms / text.length).toFixed(0)} ms)`);
  console.log(`  plus its text form and inline SVG markup: median ${median(markup).toFixed(1)} ms`);
}

async function main(): Promise<void> {
  await buildCost();
  const { outDir } = await buildSite();
  const server = await serveStatic(outDir);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const plots: number[] = [];
    const texts: number[] = [];
    let plotJs: string[] = [];
    let textJs: string[] = [];
    for (let attempt = 0; attempt < REPEATS; attempt++) {
      const plot = await coldRun(browser, server.origin, PLOTTING, true);
      const text = await coldRun(browser, server.origin, TEXT, false, TEXT_IMPORTS);
      plots.push(plot.ms);
      texts.push(text.ms);
      [plotJs, textJs] = [plot.js, text.js];
    }
    const extra = plotJs.filter((path) => !textJs.includes(path));
    console.log(`\nPage ${LESSON} (headless Chromium, localhost, ${REPEATS} cold page loads each)`);
    console.log(`first plot, cold: median ${median(plots).toFixed(0)} ms from Run to SVG (min ${Math.min(...plots).toFixed(0)}, max ${Math.max(...plots).toFixed(0)})`);
    console.log(`first text run, cold: median ${median(texts).toFixed(0)} ms`);
    console.log(`JavaScript a plotting run fetches on top of a text run: ${await gzipOf(outDir, extra)} B gzip: ${extra.join(', ')} (budget 15360 B)`);
  } finally {
    await browser.close();
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

await main();
