/** A reader moves through the course with the pager links and the ←/→ keys. */
import { expect, test, type Page } from '@playwright/test';
import { pages } from './site.ts';

const lessonsNav = (page: Page) => page.getByRole('navigation', { name: 'Lessons' });

test('home → 3.1 Sigmoid → next → 3.2 Tanh → previous → 3.1 Sigmoid', async ({ page }) => {
  await page.goto(pages.home.path);
  await page.getByRole('main').getByRole('link', { name: '3.1 Sigmoid' }).click();
  await expect(page).toHaveURL(pages.sigmoid.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pages.sigmoid.heading);

  await lessonsNav(page).locator('a[rel="next"]').click();
  await expect(page).toHaveURL(pages.tanh.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pages.tanh.heading);

  await lessonsNav(page).locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(pages.sigmoid.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pages.sigmoid.heading);
});

test('the first lesson points back to its chapter and the last one on to the course home', async ({ page }) => {
  await page.goto(pages.sigmoid.path);
  await expect(lessonsNav(page).locator('a[rel="prev"]')).toHaveAttribute('href', pages.chapter.path);
  await page.goto(pages.softmax.path);
  await expect(lessonsNav(page).locator('a[rel="next"]')).toHaveAttribute('href', pages.home.path);
});

test('→ and ← follow the next and previous links', async ({ page }) => {
  await page.goto(pages.sigmoid.path);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(pages.tanh.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pages.tanh.heading);

  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(pages.sigmoid.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pages.sigmoid.heading);
});

test('arrow keys typed in the search box move the caret, not the page', async ({ page }) => {
  await page.goto(pages.sigmoid.path);
  const input = page.locator('input#search-input');
  await input.click();
  await input.pressSequentially('tanh');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  // A navigation would have started by now; give it a moment to show itself.
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(pages.sigmoid.path);
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('tanh');
});

test('modified arrow keys (Alt+← is the browser\'s Back) are left to the browser', async ({ page }) => {
  await page.goto(pages.sigmoid.path);
  await page.keyboard.press('Shift+ArrowRight');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(pages.sigmoid.path);
});
