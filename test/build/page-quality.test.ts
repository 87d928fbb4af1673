/**
 * Issue 14, item 8, on the real course's build: html-validate finds nothing
 * (recommended preset, .htmlvalidate.json), titles fit in 70 characters, and
 * a build without SITE_URL publishes no localhost address and says so.
 *
 * .htmlvalidate.json turns one rule off, no-inline-style: KaTeX positions
 * every glyph with inline styles and Shiki writes each token's colours as
 * inline CSS variables; neither can move to a stylesheet.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, repoRoot, type BuiltSite } from '../helpers/build-site.ts';

let build: BuiltSite | undefined;
let pages: { path: string; html: string }[] = [];

beforeAll(async () => {
  build = await buildSite();
  const files = (await readdir(build.outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  pages = await Promise.all(files.map(async (file) => ({ path: file, html: await readFile(join(build!.outDir, file), 'utf8') })));
});

afterAll(async () => {
  if (build) await rm(build.outDir, { recursive: true, force: true });
});

describe('the built course', () => {
  test('html-validate reports no error on any page', async () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const messages: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, join(repoRoot, 'dist', page.path));
      for (const result of report.results) {
        for (const message of result.messages) messages.push(`${relative(repoRoot, result.filePath)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(messages).toEqual([]);
  });

  test('every <title> has at most 70 characters', () => {
    const long = pages.map((page) => parseHTML(page.html).document.title).filter((title) => title.length > 70);
    expect(long).toEqual([]);
  });

  test('without SITE_URL no page names a canonical URL or og:url, and the build says why', () => {
    const named = pages.filter(({ html }) => {
      const { document } = parseHTML(html);
      return document.querySelector('link[rel="canonical"], meta[property="og:url"]') !== null;
    });
    expect(named.map((page) => page.path)).toEqual([]);
    expect(pages.some(({ html }) => html.includes('localhost'))).toBe(false);
    expect(build?.output).toContain('SITE_URL is not set, so the pages have no canonical URL or og:url and there is no sitemap.');
  });

  test('every page with math preloads the KaTeX fonts its formulas use, and only from the site', () => {
    const lesson = pages.find((page) => page.path === join('activations', 'sigmoid', 'index.html'));
    const { document } = parseHTML(lesson?.html ?? '');
    const preloads = [...document.querySelectorAll('link[rel="preload"][as="font"]')].map((link) => link.getAttribute('href') ?? '');
    expect(preloads.length).toBeGreaterThan(0);
    // The cut fonts (integration/subset-katex-fonts.ts) are WOFF.
    expect(preloads.every((href) => /^\/_astro\/KaTeX_[\w-]+\.[\w-]+\.woff$/.test(href))).toBe(true);
    expect(preloads).toContainEqual(expect.stringMatching(/KaTeX_Main-Regular/));
  });
});
