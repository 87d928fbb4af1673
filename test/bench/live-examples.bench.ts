/**
 * Prints what live examples cost a reader, on a real build of the course in
 * this machine's headless Chromium:
 *   - JavaScript a lesson page loads before any interaction (gzip);
 *   - the first Run, cold: time from the click until the output is on screen,
 *     and the JavaScript it fetched (gzip); then later runs;
 *   - the first run of an edited example: editor and transpiler bytes, and time;
 *   - a flood: an edited example printing FLOOD_LINES lines (default
 *     1,000,000): the worst delay of the reader's input while it prints, and
 *     the time until its final output is on screen.
 * Figures only, never asserted; the byte budgets are tested in
 * test/build/page-weight.test.ts. Run with `npm run bench:examples`.
 *
 * BENCH_OUT_DIR=<dir> measures an existing build instead of building one
 * (e.g. an older commit's, for a before/after).
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
const FLOOD_LINES = Number(process.env['FLOOD_LINES'] ?? 1_000_000);
const FLOODS = 3;
/** How often the reader "presses a key" during a flood. */
const INPUT_EVERY_MS = 50;

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
    // The records, not the attribute's state when the observer is called: a set and a
    // removal can arrive in one batch, and reading the state then missed the run's end.
    const finished = new Promise<void>((resolve) => {
      new MutationObserver((records, observer) => {
        if (records.some((record) => record.oldValue !== null) && !example.hasAttribute('aria-busy')) {
          observer.disconnect();
          resolve();
        }
      }).observe(example, { attributes: true, attributeFilter: ['aria-busy'], attributeOldValue: true });
    });
    button.click();
    // A run that never ends (an old build frozen by a flood) fails the bench instead of hanging it.
    await Promise.race([finished, new Promise((_, reject) => setTimeout(() => reject(new Error('the run did not end within 120 s')), 120_000))]);
    return performance.now() - started;
  }, selector);
}

interface Flood {
  /** Worst time from a key press to its handler running, as the page saw it (event.timeStamp to handler). */
  worstDelayMs: number;
  /** Worst time for a key press to be handled, as the test saw it (Playwright's round trip). */
  worstRoundTripMs: number;
  presses: number;
  /** The longest task on the page's main thread meanwhile (Long Tasks API; 0 if none reached 50 ms). */
  longestTaskMs: number;
  /** From the click on Run until the run is over and its output is on screen. */
  finalMs: number;
  status: string;
}

/**
 * Runs a flood in an edited example while pressing Shift every INPUT_EVERY_MS
 * (a key that types nothing) and recording how late each press was handled.
 */
async function flood(page: Page, origin: string): Promise<Flood> {
  await page.goto(origin + LESSON, { waitUntil: 'networkidle' });
  const example = page.locator('course-example').first();
  await example.getByRole('button', { name: 'Edit' }).click();
  await page.locator('.cm-content').waitFor();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(`for (let i = 0; i < ${FLOOD_LINES}; i++) console.log(String(i));`);
  await listenToKeys(page);
  const finished = timedRun(page, 'course-example');
  let running = true;
  void finished.then(() => (running = false));
  const roundTrips = await pressKeys(page, () => running);
  const finalMs = await finished;
  const { delays, longestTaskMs } = await keyDelays(page);
  const status = (await example.locator('.example-status').textContent()) ?? '';
  return { worstDelayMs: Math.max(0, ...delays), worstRoundTripMs: Math.max(0, ...roundTrips), presses: roundTrips.length, longestTaskMs, finalMs, status };
}

/** Records, in the page, how late each keydown is handled, and the longest main-thread task. */
async function listenToKeys(page: Page): Promise<void> {
  await page.evaluate(() => {
    const record = { delays: [] as number[], longestTaskMs: 0 };
    (window as unknown as { keyRecord: typeof record }).keyRecord = record;
    addEventListener('keydown', (event) => record.delays.push(performance.now() - event.timeStamp), { capture: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.longestTaskMs = Math.max(record.longestTaskMs, entry.duration);
    }).observe({ type: 'longtask' });
  });
}

function keyDelays(page: Page): Promise<{ delays: number[]; longestTaskMs: number }> {
  return page.evaluate(() => (window as unknown as { keyRecord: { delays: number[]; longestTaskMs: number } }).keyRecord);
}

/** Presses Shift (a key that types nothing) every INPUT_EVERY_MS while `going()`; returns each press's round trip. */
async function pressKeys(page: Page, going: () => boolean): Promise<number[]> {
  const roundTrips: number[] = [];
  while (going()) {
    const pressed = performance.now();
    await page.keyboard.press('Shift');
    roundTrips.push(performance.now() - pressed);
    await new Promise((resolve) => setTimeout(resolve, INPUT_EVERY_MS));
  }
  return roundTrips;
}

/** The same presses on an idle lesson page for `ms`: what the machine's load alone costs an input. */
async function idleKeys(page: Page, origin: string, ms: number): Promise<{ worstDelayMs: number; worstRoundTripMs: number }> {
  await page.goto(origin + LESSON, { waitUntil: 'networkidle' });
  await listenToKeys(page);
  const until = performance.now() + ms;
  const roundTrips = await pressKeys(page, () => performance.now() < until);
  const { delays } = await keyDelays(page);
  return { worstDelayMs: Math.max(0, ...delays), worstRoundTripMs: Math.max(0, ...roundTrips) };
}

async function gzipOf(outDir: string, paths: readonly string[]): Promise<number> {
  let sum = 0;
  for (const path of paths) sum += gzipSync(await readFile(join(outDir, path)), { level: 9 }).length;
  return sum;
}

async function main(): Promise<void> {
  const given = process.env['BENCH_OUT_DIR'];
  const { outDir } = given ? { outDir: given } : await buildSite();
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
      process.stderr.write(`cold page load ${attempt + 1} of ${REPEATS}\n`);
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
    await page.close();
    const floods: Flood[] = [];
    const idles: Array<{ worstDelayMs: number; worstRoundTripMs: number }> = [];
    for (let attempt = 0; attempt < FLOODS; attempt++) {
      const floodPage = await browser.newPage();
      process.stderr.write(`flood ${attempt + 1} of ${FLOODS}\n`);
      idles.push(await idleKeys(floodPage, server.origin, 2_000));
      floods.push(await flood(floodPage, server.origin));
      await floodPage.close();
    }

    console.log(`Live examples on ${LESSON} (headless Chromium, localhost, ${REPEATS} cold page loads)\n`);
    console.log(`JavaScript before interaction: ${total(before.js, 'gzip')} B gzip in ${before.js.length} files (budget 10240 B)`);
    console.log(`first Run, cold:  median ${median(colds).toFixed(0)} ms  (min ${Math.min(...colds).toFixed(0)}, max ${Math.max(...colds).toFixed(0)}; budget 300 ms)`);
    console.log(`  fetched for it: ${await gzipOf(outDir, firstRunPaths)} B gzip: ${firstRunPaths.join(', ')} (budget 61440 B)`);
    console.log(`later runs:       median ${median(warms).toFixed(0)} ms  (min ${Math.min(...warms).toFixed(0)}, max ${Math.max(...warms).toFixed(0)}; budget 50 ms)`);
    console.log(`Edit: editor on screen in ${editorMs} ms; the first edited run took ${editedMs.toFixed(0)} ms`);
    console.log(`  fetched for editing and the edited run: ${await gzipOf(outDir, editPaths)} B gzip: ${editPaths.join(', ')}`);
    const ms = (values: readonly number[]) => `median ${median(values).toFixed(0)} ms (max ${Math.max(...values).toFixed(0)})`;
    console.log(`Flood: an edited example printing ${FLOOD_LINES.toLocaleString('en')} lines, ${FLOODS} times, a key pressed every ${INPUT_EVERY_MS} ms meanwhile`);
    console.log(`  worst input delay per flood (page's event.timeStamp to handler): ${ms(floods.map((f) => f.worstDelayMs))} (budget 100 ms)`);
    console.log(`  worst key-press round trip per flood (as Playwright saw it):    ${ms(floods.map((f) => f.worstRoundTripMs))} over ${floods.map((f) => f.presses).join(', ')} presses`);
    console.log(`  longest main-thread task during the flood: ${ms(floods.map((f) => f.longestTaskMs))}`);
    console.log(`  time to the final output: ${ms(floods.map((f) => f.finalMs))}`);
    console.log(`  the same key presses on an idle page (the machine's own noise): worst delay ${ms(idles.map((i) => i.worstDelayMs))}, round trip ${ms(idles.map((i) => i.worstRoundTripMs))}`);
    console.log(`  last status: ${floods.at(-1)?.status ?? ''}`);
  } finally {
    await browser.close();
    await server.close();
    if (!given) await rm(outDir, { recursive: true, force: true });
  }
}

await main();
