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

  // The keys are the page's module script's, which has run by DOMContentLoaded (the URL and heading come sooner).
  await page.waitForLoadState('domcontentloaded');
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

// Issue 14, item 2: with focus in something that scrolls, the arrow keys scroll it; they never leave the page.
const scrollers = [
  { name: 'code block', path: pages.sigmoid.path, selector: 'pre.astro-code' },
  { name: 'example output', path: pages.sigmoid.path, selector: '.example-output output' },
  { name: 'display equation', path: pages.softmax.path, selector: '.katex-display' },
] as const;

for (const { name, path, selector } of scrollers) {
  test(`→ and ← with focus in a ${name} that scrolls scroll it, and stay on the lesson (360 px)`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    const wide = page.locator(selector).filter({ visible: true });
    const index = await wide.evaluateAll((elements) => elements.findIndex((element) => element.scrollWidth > element.clientWidth + 1));
    expect(index, `no ${name} scrolls at 360 px on ${path}`).toBeGreaterThanOrEqual(0);
    const box = wide.nth(index);
    await expect(box).toHaveAttribute('tabindex', '0');
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300); // a navigation would have started by now
    await expect(page).toHaveURL(path);
    await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(path);
  });
}

test('Ctrl+→ and Meta+← (word and line moves, history on some systems) are left to the browser', async ({ page }) => {
  await page.goto(pages.tanh.path);
  for (const key of ['Control+ArrowRight', 'Meta+ArrowLeft', 'Alt+ArrowRight']) {
    await page.keyboard.press(key);
    await page.waitForTimeout(200);
    await expect(page).toHaveURL(pages.tanh.path);
  }
});
