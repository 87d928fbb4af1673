/** Issue 14, item 10: a chapter sidebar on wide screens and a menu on narrow ones, both working without JavaScript. */
import { expect, test } from '@playwright/test';
import { colorSchemes, lessons, pages } from './site.ts';

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    for (const colorScheme of colorSchemes) {
      test(`at 1280 px (${colorScheme}) the sidebar lists the chapter's lessons, the current one marked`, async ({ page }) => {
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.emulateMedia({ colorScheme });
        await page.goto(pages.tanh.path);
        const sidebar = page.getByRole('navigation', { name: /^Chapter 3/ });
        await expect(sidebar).toBeVisible();
        await expect(sidebar.getByRole('link')).toHaveCount(lessons.length + 1); // the chapter, then its lessons
        const current = sidebar.locator('a[aria-current="page"]');
        await expect(current).toHaveCount(1);
        await expect(current).toHaveText(pages.tanh.heading);
        await sidebar.getByRole('link', { name: pages.softmax.heading }).click();
        await expect(page).toHaveURL(pages.softmax.path);
      });

      test(`at 360 px (${colorScheme}) the menu opens and leads to any lesson`, async ({ page }) => {
        await page.setViewportSize({ width: 360, height: 740 });
        await page.emulateMedia({ colorScheme });
        await page.goto(pages.sigmoid.path);
        await expect(page.getByRole('navigation', { name: /^Chapter 3/ })).toBeHidden();
        const menu = page.getByRole('navigation', { name: 'Course' });
        await expect(menu).toBeHidden();
        await page.locator('.site-menu > summary').click();
        await expect(menu).toBeVisible();
        await expect(menu.locator('a[aria-current="page"]')).toHaveText(pages.sigmoid.heading);
        const target = menu.getByRole('link', { name: pages.relu.heading });
        const box = await target.boundingBox();
        expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 360, 'the menu reaches off the screen').toBe(true);
        await target.click();
        await expect(page).toHaveURL(pages.relu.path);
      });
    }
  });
}
