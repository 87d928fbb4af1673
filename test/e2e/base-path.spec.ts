/**
 * The course served from a sub-path (Astro's `base`, as on a GitHub Pages
 * project site): built with BASE_PATH=/course/ and served only under
 * /course/, a reader walks home → 3.1 → next → 3.2, runs an example, and
 * searches; nothing is requested outside the base.
 */
import { expect, test } from '@playwright/test';
import { buildSite } from '../helpers/build-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const BASE = '/course/';
let server: StaticServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const { outDir } = await buildSite({ siteUrl: 'http://localhost:4321', env: { BASE_PATH: BASE, COURSE_EXAMPLES_CACHE: 'off' } });
  server = await serveStatic(outDir, { base: BASE });
});

test.afterAll(async () => {
  await server?.close();
});

test('home → 3.1 → next → 3.2, then Run, all under the base', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === server.origin && !url.pathname.startsWith(BASE)) outside.push(url.pathname);
  });
  await page.goto(`${server.origin}${BASE}`);
  await page.getByRole('link', { name: /3\.1\s+Sigmoid/ }).first().click();
  await expect(page).toHaveURL(`${server.origin}${BASE}activations/sigmoid/`);
  await expect(page.locator('h1')).toHaveText('3.1 Sigmoid');
  await page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /3\.2/ }).click();
  await expect(page).toHaveURL(`${server.origin}${BASE}activations/tanh/`);
  const example = page.locator('course-example:not([data-check])').first();
  const built = await example.locator('output samp').textContent();
  await example.getByRole('button', { name: 'Run' }).click();
  await expect(example.locator('.example-status')).toHaveText(/^Ran in your browser/, { timeout: 20_000 });
  // The lesson's first example draws a plot, whose renderer (fetched under the base too) may land just after the status line.
  await expect.poll(() => example.locator('output samp').textContent()).toBe(built);
  await page.locator('.site-title').click();
  await expect(page).toHaveURL(`${server.origin}${BASE}`);
  expect(outside).toEqual([]);
});

test('the canonical URL, stylesheet, favicon and sitemap carry the base', async ({ page }) => {
  await page.goto(`${server.origin}${BASE}activations/sigmoid/`);
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`http://localhost:4321${BASE}activations/sigmoid/`);
  expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe(`${BASE}favicon.svg`);
  const sitemap = await page.request.get(`${server.origin}${BASE}sitemap-0.xml`);
  expect(await sitemap.text()).toContain(`http://localhost:4321${BASE}activations/sigmoid/`);
});

test('search finds a lesson and links under the base', async ({ page }) => {
  await page.goto(`${server.origin}${BASE}`);
  await page.getByRole('searchbox').fill('softmax');
  const first = page.locator('.search-results a').first();
  await expect(first).toHaveAttribute('href', new RegExp(`^${BASE}activations/`), { timeout: 15_000 });
});

test('an unknown page shows the 404 page, whose links work under the base', async ({ page }) => {
  await page.goto(`${server.origin}${BASE}no-such-lesson/`);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await page.getByRole('link', { name: 'The course home' }).click();
  await expect(page).toHaveURL(`${server.origin}${BASE}`);
});
