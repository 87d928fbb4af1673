/** Issue 14, item 12: a passed exercise is remembered in this browser and shown on the lesson, the sidebar and the chapter page. */
import { expect, test } from '@playwright/test';
import { pages } from './site.ts';

test('passing the 3.1 exercise marks it done there, in the sidebar and on the chapter page, after a reload too', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(pages.sigmoid.path);
  const sidebar = page.getByRole('navigation', { name: /^Chapter 3/ });
  await expect(sidebar.getByRole('link', { name: `${pages.sigmoid.heading} ✓ exercise done` })).toHaveCount(0);

  const exercise = page.locator('course-example[data-check]');
  const solution = await exercise.locator('details.exercise-solution pre').textContent();
  await exercise.getByRole('button', { name: 'Edit' }).click();
  await expect(exercise.locator('.cm-content')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(solution ?? '');
  await exercise.getByRole('button', { name: 'Run' }).click();
  await expect(exercise.locator('.example-status')).toHaveText(/^Passed/, { timeout: 20_000 });

  const doneNote = () => exercise.locator('figure.exercise').evaluate((figure) => getComputedStyle(figure, '::before').content);
  await expect.poll(doneNote).toContain('Done');
  await expect(sidebar.getByRole('link', { name: `${pages.sigmoid.heading} ✓ exercise done` })).toBeVisible();

  await page.reload();
  await expect.poll(doneNote).toContain('Done');
  await expect(sidebar.getByRole('link', { name: `${pages.sigmoid.heading} ✓ exercise done` })).toBeVisible();
  await expect(sidebar.getByRole('link', { name: `${pages.tanh.heading} ✓ exercise done` })).toHaveCount(0);

  await page.goto(pages.chapter.path);
  const list = page.locator('main .lesson-list');
  await expect(list.getByRole('link', { name: `${pages.sigmoid.heading} ✓ exercise done` })).toBeVisible();
  await expect(list.getByRole('link', { name: pages.tanh.heading, exact: true })).toBeVisible();
});

test('a failed run marks nothing', async ({ page }) => {
  await page.goto(pages.tanh.path);
  const exercise = page.locator('course-example[data-check]');
  await exercise.getByRole('button', { name: 'Run' }).click();
  await expect(exercise.locator('.example-status')).toHaveText(/^Not yet/, { timeout: 20_000 });
  await expect(exercise).toHaveAttribute('data-verdict', 'fail');
  await expect(exercise).not.toHaveAttribute('data-passed');
  expect(await page.evaluate(() => localStorage.getItem('course-progress'))).toBeNull();
});
