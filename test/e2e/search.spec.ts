/** Header search: Pagefind loads only when the reader opens search, then finds lessons. */
import { expect, test } from '@playwright/test';
import { pages, recordRequests } from './site.ts';

const isPagefind = (url: string) => new URL(url).pathname.startsWith('/pagefind/');

test('reading a page fetches nothing from Pagefind; focusing search loads pagefind.js once', async ({ page }) => {
  const urls = recordRequests(page);
  await page.goto(pages.sigmoid.path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  expect(urls.filter(isPagefind)).toEqual([]);

  const loaded = page.waitForRequest((request) => new URL(request.url()).pathname === '/pagefind/pagefind.js');
  await page.locator('input#search-input').focus();
  await loaded;
  await page.waitForLoadState('networkidle');
  expect(urls.filter((url) => new URL(url).pathname === '/pagefind/pagefind.js')).toHaveLength(1);
});

test('searching "derivative" lists both lessons', async ({ page }) => {
  await page.goto(pages.home.path);
  const input = page.locator('input#search-input');
  await input.click();
  await input.fill('derivative');
  const results = page.locator('ol#search-results');
  await expect(results.getByRole('link', { name: pages.sigmoid.heading })).toBeVisible();
  await expect(results.getByRole('link', { name: pages.tanh.heading })).toBeVisible();
  await expect(results.getByRole('link', { name: pages.sigmoid.heading })).toHaveAttribute('href', pages.sigmoid.path);
});

test('a search result takes the reader to the lesson', async ({ page }) => {
  await page.goto(pages.home.path);
  const input = page.locator('input#search-input');
  await input.click();
  await input.fill('tanh');
  await page.locator('ol#search-results').getByRole('link', { name: pages.tanh.heading }).click();
  await expect(page).toHaveURL(pages.tanh.path);
});

test('pressing / focuses the search box (and types no slash into it)', async ({ page }) => {
  await page.goto(pages.sigmoid.path);
  const input = page.locator('input#search-input');
  await expect(input).toBeVisible();
  await expect(input).not.toBeFocused();
  await page.keyboard.press('/');
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('');
});
