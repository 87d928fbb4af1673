/**
 * Every page loads without a script error, and nothing a page does (search
 * included) leaves the reader's machine: fonts, styles and the search index
 * are all served by the site itself.
 */
import { expect, test } from '@playwright/test';
import { contentPages, missingPath, recordProblems, recordRequests } from './site.ts';

for (const { path } of contentPages) {
  test(`${path} logs no console error and throws no exception`, async ({ page }) => {
    const problems = recordProblems(page);
    await page.goto(path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}

test('the 404 page logs no console error beyond its own 404 status', async ({ page }) => {
  const problems = recordProblems(page);
  const response = await page.goto(missingPath, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  // Chromium reports the document's own 404 as a console error; that one is the point of the page.
  const documentUrl = response?.url();
  const others = problems.filter((problem) => !(problem.kind === 'console' && problem.url === documentUrl && problem.text.includes('404')));
  expect(others).toEqual([]);
});

test('no request leaves localhost, while reading or searching', async ({ page }) => {
  const urls = recordRequests(page);
  for (const { path } of contentPages) {
    await page.goto(path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
  }
  await page.goto(missingPath, { waitUntil: 'load' });

  // Opening search pulls in Pagefind's code, its WebAssembly and index chunks.
  await page.goto(contentPages[2].path);
  const input = page.locator('input#search-input');
  await input.click();
  await input.fill('derivative');
  await expect(page.locator('ol#search-results a').first()).toBeVisible();
  await page.waitForLoadState('networkidle');

  expect(urls.length).toBeGreaterThan(contentPages.length);
  expect(urls.some((url) => url.includes('/pagefind/')), 'search did not fetch its index; this test saw too little').toBe(true);
  const offsite = urls.filter((url) => {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:') return false;
    return hostname !== 'localhost' && hostname !== '127.0.0.1';
  });
  expect(offsite).toEqual([]);
});
