/**
 * Prints what live examples cost a reader, on a real build of the course in
 * this machine's headless Chromium:
 *   - JavaScript a lesson page loads before any interaction (gzip);
 *   - the first Run, cold: time from the click until the output is on screen,
 *     and the JavaScript it fetched (gzip); then later runs;
 *   - the first run of an edited example: editor and transpiler bytes, and time.
 * Figures only, never asserted; the byte budgets are tested in
 * test/build/page-weight.test.ts. Run with `npm run bench:examples`.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { buildSite } from '../helpers/build-site.ts';
import { chromiumLaunchOptions } from '../helpers/chromium.ts';
import { measurePage, total } from '../helpers/page-weight.ts';
import { serveStatic } from '../helpers/static-server.ts';

const LESSON = '/activations/sigmoid/';
const REPEATS = 7;

function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * Clicks Run on the first example and returns ms until the run is over: the
 * island marks the example aria-busy while it runs.
 */
async function timedRun(page: Page, selector: string): Promise<number> {
  return page.evaluate(async (selector) => {
    const example = document.querySelector(selector);
    const button = example?.querySelector<HTMLButtonElement>('button[data-action="run"]');
    if (!example || !button) throw new Error(`no example at ${selector}`);
    const started = performance.now();
    let seenBusy = false;
    const finished = new Promise<void>((resolve) => {
      new MutationObserver((_, observer) => {
        if (example.hasAttribute('aria-busy')) seenBusy = true;
        else if (seenBusy) {
          observer.disconnect();
          resolve();
        }
      }).observe(example, { attributes: true, attributeFilter: ['aria-busy'] });
    });
    button.click();
    await finished;
    return performance.now() - started;
  }, selector);
}

async function gzipOf(outDir: string, paths: readonly string[]): Promise<number> {
  let sum = 0;
  for (const path of paths) sum += gzipSync(await readFile(join(outDir, path)), { level: 9 }).length;
  return sum;
}

async function main(): Promise<void> {
  const { outDir } = await buildSite();
  const server = await serveStatic(outDir);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const before = await measurePage(outDir, join(outDir, LESSON, 'index.html'));
    const colds: number[] = [];
    const warms: number[] = [];
    let firstRunPaths: string[] = [];
    for (let attempt = 0; attempt < REPEATS; attempt++) {
      const page = await browser.newPage();
      const fetched: string[] = [];
      await page.goto(server.origin + LESSON, { waitUntil: 'networkidle' });
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      colds.push(await timedRun(page, 'course-example'));
      for (let again = 0; again < 3; again++) warms.push(await timedRun(page, 'course-example'));
      firstRunPaths = [...new Set(fetched.filter((path) => path.endsWith('.js')))];
      await page.close();
    }
    const page = await browser.newPage();
    await page.goto(server.origin + LESSON, { waitUntil: 'networkidle' });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const editStarted = Date.now();
    await page.locator('course-example').first().getByRole('button', { name: 'Edit' }).click();
    await page.locator('.cm-content').waitFor();
    const editorMs = Date.now() - editStarted;
    await page.keyboard.insertText(' ');
    const editedMs = await timedRun(page, 'course-example');
    const editPaths = [...new Set(fetched.filter((path) => path.endsWith('.js')))];

    console.log(`Live examples on ${LESSON} (headless Chromium, localhost, ${REPEATS} cold page loads)\n`);
    console.log(`JavaScript before interaction: ${total(before.js, 'gzip')} B gzip in ${before.js.length} files (budget 10240 B)`);
    console.log(`first Run, cold:  median ${median(colds).toFixed(0)} ms  (min ${Math.min(...colds).toFixed(0)}, max ${Math.max(...colds).toFixed(0)}; budget 300 ms)`);
    console.log(`  fetched for it: ${await gzipOf(outDir, firstRunPaths)} B gzip: ${firstRunPaths.join(', ')} (budget 61440 B)`);
    console.log(`later runs:       median ${median(warms).toFixed(0)} ms  (min ${Math.min(...warms).toFixed(0)}, max ${Math.max(...warms).toFixed(0)}; budget 50 ms)`);
    console.log(`Edit: editor on screen in ${editorMs} ms; the first edited run took ${editedMs.toFixed(0)} ms`);
    console.log(`  fetched for editing and the edited run: ${await gzipOf(outDir, editPaths)} B gzip: ${editPaths.join(', ')}`);
  } finally {
    await browser.close();
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

await main();
