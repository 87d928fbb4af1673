/** Issue 14, item 11: heading anchors, the table of contents marking the section read, the way in, the way through. */
import { expect, test } from '@playwright/test';
import { colorSchemes, lessons, pages, screens } from './site.ts';

for (const colorScheme of colorSchemes) {
  test(`a section heading shows its # link on hover and on focus (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(pages.sigmoid.path);
    const heading = page.getByRole('heading', { level: 2, name: 'Derivative' });
    const anchor = heading.getByRole('link', { name: 'Link to the section “Derivative”' });
    await expect(anchor).toHaveAttribute('href', '#derivative');
    const opacity = () => anchor.evaluate((element) => Number(getComputedStyle(element).opacity));
    const shows = () => anchor.evaluate((element) => getComputedStyle(element, '::before').content);
    expect(await shows()).toBe('"#"');
    await page.mouse.move(0, 0);
    expect(await opacity()).toBe(0);
    await heading.hover();
    await expect.poll(opacity).toBe(1);
    await page.mouse.move(0, 0);
    await anchor.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(anchor).toBeFocused();
    await expect.poll(opacity).toBe(1);
    await anchor.click();
    await expect(page).toHaveURL(`${pages.sigmoid.path}#derivative`);
  });
}

test('the table of contents marks the section being read as the reader scrolls', async ({ page }) => {
  await page.setViewportSize(screens[1]);
  await page.goto(pages.sigmoid.path);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  for (const [id, name] of [
    ['numerical-stability', 'Numerical stability'],
    ['derivative', 'Derivative'],
  ] as const) {
    await page.locator(`#${id}`).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await expect(toc.locator('a[aria-current="true"]')).toHaveText(name);
  }
});

test('the chapter page offers "Start with 3.1 Sigmoid →"', async ({ page }) => {
  await page.goto(pages.chapter.path);
  const start = page.getByRole('link', { name: `Start with ${pages.sigmoid.heading} →` });
  await expect(start).toBeVisible();
  await start.click();
  await expect(page).toHaveURL(pages.sigmoid.path);
});

test('each lesson says where it is in its chapter: "Lesson n of 5"', async ({ page }) => {
  for (const [index, lesson] of lessons.entries()) {
    await page.goto(lesson.path);
    await expect(page.locator('main')).toContainText(`Lesson ${index + 1} of ${lessons.length}`);
  }
});
