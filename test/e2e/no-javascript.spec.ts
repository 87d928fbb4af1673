/** A lesson is fully readable with JavaScript off: text, math and the pager are in the HTML. */
import { expect, test } from '@playwright/test';
import { lessons } from './site.ts';

test.use({ javaScriptEnabled: false });

for (const lesson of lessons) {
  test(`${lesson.heading} reads without JavaScript`, async ({ page }) => {
    await page.goto(lesson.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.heading);
    const article = page.locator('article');
    expect((await article.innerText()).length).toBeGreaterThan(500);
    await expect(article.locator('.katex-display').first()).toBeVisible();
    expect(await article.locator('.katex math').count()).toBeGreaterThan(0);

    const pager = page.getByRole('navigation', { name: 'Lessons' });
    await expect(pager.locator('a[rel="prev"]')).toBeVisible();
    await expect(pager.locator('a[rel="next"]')).toBeVisible();
    // Search needs JavaScript, so its form stays hidden rather than offering a dead box.
    await expect(page.locator('form.search')).toBeHidden();
  });
}

test('the pager links work without JavaScript', async ({ page }) => {
  await page.goto(lessons[0].path);
  await page.getByRole('navigation', { name: 'Lessons' }).locator('a[rel="next"]').click();
  await expect(page).toHaveURL(lessons[1].path);
});
