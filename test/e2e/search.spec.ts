/** Header search: Pagefind loads only when the reader opens search, then finds lessons and their sections. */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { colorSchemes, pages, recordRequests } from './site.ts';

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

// Issue 14, item 1: the panel on phones, excerpts with math, section-level results, the keyboard, stray matches.

/** Types `term` into the search box and waits until the search has answered (Pagefind's first load can take seconds on a busy machine). */
async function search(page: Page, term: string): Promise<Locator> {
  const input = page.locator('input#search-input');
  await input.click();
  await input.fill(term);
  await expect(page.locator('#search-status')).toHaveText(/found|No lessons match/, { timeout: 20_000 });
  return page.locator('ol#search-results');
}

for (const width of [320, 360, 414]) {
  for (const colorScheme of colorSchemes) {
    test(`at ${width} px (${colorScheme}) the results panel lies wholly on the screen`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      await page.emulateMedia({ colorScheme });
      await page.goto(pages.sigmoid.path);
      const results = await search(page, 'derivative');
      await expect(results.getByRole('link').first()).toBeVisible();
      const box = await page.locator('.search-panel').boundingBox();
      expect(box, 'the panel has no box').not.toBeNull();
      expect(box!.x, 'the panel starts left of the screen').toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, 'the panel ends right of the screen').toBeLessThanOrEqual(width);
    });
  }
}

test('excerpts show each formula once, as text: never tripled, never as TeX', async ({ page }) => {
  await page.goto(pages.home.path);
  const results = await search(page, 'real scores');
  await expect(results.getByRole('link', { name: pages.softmax.heading })).toBeVisible();
  const excerpt = (await results.locator('li p').first().innerText()).replace(/\s+/g, ' ');
  expect(excerpt).toContain('of n real scores');
  for (const term of ['real scores', 'rounds', 'Jacobian']) {
    await search(page, term);
    await expect(results.locator('li').first()).toBeVisible();
    const texts = await results.locator('p').allInnerTexts();
    expect(texts.filter((text) => text.includes('\\')), `raw TeX in the excerpts for “${term}”`).toEqual([]);
  }
});

test('a page found lists the sections that matched, each linking to its heading', async ({ page }) => {
  await page.goto(pages.home.path);
  const results = await search(page, 'jacobian');
  const softmax = results.locator('li.search-page', { has: page.getByRole('link', { name: pages.softmax.heading, exact: true }) });
  const sections = softmax.locator('.search-sections a');
  await expect(sections.first()).toBeVisible();
  const href = (await sections.first().getAttribute('href')) ?? '';
  expect(href).toMatch(new RegExp(`^${pages.softmax.path}#[\\w-]+$`));
  await sections.first().click();
  await expect(page).toHaveURL(href);
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
});

test('↓ and ↑ move through the results and Enter opens the one in focus', async ({ page }) => {
  await page.goto(pages.home.path);
  const results = await search(page, 'derivative');
  const links = results.getByRole('link');
  await expect(links.nth(2)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(1)).toBeFocused();
  const href = (await links.nth(1).getAttribute('href')) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href);
});

test('a word found nowhere ("xyzzy") finds nothing, not every page with a lone "x"', async ({ page }) => {
  await page.goto(pages.home.path);
  const results = await search(page, 'xyzzy');
  await expect(page.locator('#search-status')).toHaveText('No lessons match “xyzzy”.');
  await expect(results.locator('li')).toHaveCount(0);
});
