/** Issue 14, item 7: the Tab order of a lesson holds what a keyboard needs, early, and skips nothing it needs. */
import { expect, test, type Page } from '@playwright/test';
import { pages, screens } from './site.ts';

/** Presses Tab from the top of the page until `matches` holds for the focused element; returns the count, or -1. */
async function tabsUntil(page: Page, matches: (element: Element) => boolean, limit = 200): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return presses;
  }
  return -1;
}

test('3.1 at 1280 px: "On this page" is among the first 15 tab stops', async ({ page }) => {
  await page.setViewportSize(screens[1]);
  await page.goto(pages.sigmoid.path);
  await page.evaluate(() => document.fonts.ready);
  const presses = await tabsUntil(page, (element) => element.matches('.toc a'), 80);
  expect(presses, 'Tab never reached the table of contents').toBeGreaterThan(0);
  expect(presses).toBeLessThanOrEqual(15);
});

for (const screen of screens) {
  test(`3.1 at ${screen.width} px: the explorer's slider and number box are usable at once, before it is scrolled into view`, async ({ page }) => {
    await page.setViewportSize(screen);
    await page.goto(pages.sigmoid.path);
    const explorer = page.locator('function-explorer').first();
    const slider = explorer.getByRole('slider', { name: 'x' });
    const number = explorer.getByRole('spinbutton');
    await expect(slider).toBeEnabled();
    await expect(number).toBeEnabled();
    // Fast tabbing reaches the slider, and the keys move it.
    const presses = await tabsUntil(page, (element) => element.matches('function-explorer input[type="range"]'));
    expect(presses, 'Tab never reached the slider').toBeGreaterThan(0);
    const before = await explorer.locator('[data-readout="x"]').textContent();
    await page.keyboard.press('ArrowRight');
    await expect(explorer.locator('[data-readout="x"]')).not.toHaveText(before ?? '');
  });
}
