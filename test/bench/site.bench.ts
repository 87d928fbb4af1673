/**
 * Prints what the course costs: the time of a cold `astro build`, for the
 * 3.1 Sigmoid lesson the bytes a reader downloads before interacting (HTML,
 * CSS, JavaScript, and the KaTeX fonts its formulas actually use), raw and
 * gzip, plus the number of requests, and for every page its JavaScript and CSS. Figures only, never asserted; the budget
 * lives in test/build/page-weight.test.ts.
 *
 * Run with `npm run bench:site` (Node 22, native type stripping). Launches
 * /usr/bin/chromium, or CHROMIUM_PATH (see test/helpers/chromium.ts).
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { buildSite } from '../helpers/build-site.ts';
import { chromiumLaunchOptions } from '../helpers/chromium.ts';
import { measurePage, sizeOf, total, type Asset } from '../helpers/page-weight.ts';
import { serveStatic } from '../helpers/static-server.ts';

const lessonPath = '/activations/sigmoid/';
/** Every content page of the course, as site paths. */
const allPages = ['/', '/activations/', '/activations/sigmoid/', '/activations/tanh/', '/activations/relu/', '/activations/leaky-relu/', '/activations/softmax/'];

/** Loads the page without touching it and returns every request it made, in order. */
async function requestsBeforeInteraction(url: string): Promise<string[]> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    await page.goto(url, { waitUntil: 'networkidle' });
    // Fonts are requested when text using them is laid out; wait until all have settled.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForLoadState('networkidle');
    return urls;
  } finally {
    await browser.close();
  }
}

function row(label: string, assets: readonly Asset[]): string[] {
  return [label, String(assets.length), String(total(assets, 'raw')), String(total(assets, 'gzip'))];
}

function printTable(rows: readonly string[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
  for (const [index, cells] of rows.entries()) {
    console.log(cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
}

const { outDir, ms } = await buildSite({ force: true });
const server = await serveStatic(outDir);
try {
  const weight = await measurePage(outDir, join(outDir, lessonPath, 'index.html'));
  const requested = await requestsBeforeInteraction(server.origin + lessonPath);
  const fontPaths = requested.map((url) => new URL(url).pathname).filter((path) => /\.(woff2?|ttf|otf)$/.test(path));
  const fonts = await Promise.all(fontPaths.map(async (path) => sizeOf(path, 'font', await readFile(join(outDir, decodeURIComponent(path))))));

  console.log(`cold astro build (--force) of the course: ${(ms / 1000).toFixed(2)} s`);
  console.log(`\n${lessonPath} before interaction: ${requested.length} requests\n`);
  printTable([
    ['', 'files', 'raw B', 'gzip B'],
    row('HTML', [weight.html]),
    row('CSS', weight.css),
    row('JS', weight.js),
    row('fonts (KaTeX, used)', fonts),
    row('total', [weight.html, ...weight.css, ...weight.js, ...fonts]),
  ]);
  console.log(`\nfonts loaded: ${fontPaths.map((path) => path.split('/').pop()).join(', ') || 'none'}`);

  // Every page, before interaction: what each costs in JavaScript and CSS.
  console.log('\nevery page before interaction (bytes, gzip level 9 per file)\n');
  const rows: string[][] = [['page', 'JS raw', 'JS gzip', 'CSS raw', 'CSS gzip', 'HTML gzip']];
  for (const page of allPages) {
    const each = await measurePage(outDir, join(outDir, page, 'index.html'));
    rows.push([page, ...[each.js, each.js, each.css, each.css].map((assets, index) => String(total(assets, index % 2 === 0 ? 'raw' : 'gzip'))), String(each.html.gzip)]);
  }
  printTable(rows);
  console.log('(JS counts inline scripts as separate pieces; gzip is level 9 per file; woff2 is already compressed.)');
} finally {
  await server.close();
  await rm(outDir, { recursive: true, force: true });
}
