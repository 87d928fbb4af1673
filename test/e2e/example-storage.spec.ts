/**
 * Issue 10, item 5: a saved edit belongs to one example, even when two
 * examples on a page have the same code; and a Reset or edit in another tab
 * never silently discards the edit open in this one.
 */
import { expect, test, type Page } from '@playwright/test';
import { edit } from './examples.ts';
import { pages } from './site.ts';

/** Serves the sigmoid lesson with its first example twice, back to back: two identical examples. */
async function withTwinExamples(page: Page): Promise<void> {
  await page.route(`**${pages.sigmoid.path}`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const start = html.indexOf('<course-example');
    const end = html.indexOf('</course-example>', start) + '</course-example>'.length;
    await route.fulfill({ response, body: html.slice(0, end) + html.slice(start, end) + html.slice(end) });
  });
}

test('two identical examples keep their own edits across a reload', async ({ page }) => {
  await withTwinExamples(page);
  await page.goto(pages.sigmoid.path);
  const [first, second] = [page.locator('course-example').nth(0), page.locator('course-example').nth(1)];
  const original = await first.locator('pre code').textContent();
  expect(await second.locator('pre code').textContent()).toBe(original);
  await edit(page, second, 'console.log("only the second");');
  await page.reload();
  await expect(second.locator('pre code')).toHaveText('console.log("only the second");');
  await expect(first.locator('pre code')).toHaveText(original ?? '');
  await expect(first.getByRole('button', { name: 'Reset' })).toBeHidden();
});

test('an edit saved before this change is still found (the first of identical examples keeps the old key)', async ({ page }) => {
  await page.goto(pages.sigmoid.path);
  const source = (await page.locator('course-example pre').first().textContent()) ?? '';
  await page.evaluate(
    ([path, source]) => {
      // FNV-1a as src/lib/short-hash.ts: the key format edits were saved under.
      let h = 0x811c9dc5;
      for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
      localStorage.setItem(`course-example:${path}:${(h >>> 0).toString(36)}`, 'console.log("kept");');
    },
    [pages.sigmoid.path, source] as const,
  );
  await page.reload();
  await expect(page.locator('course-example').first().locator('pre code')).toHaveText('console.log("kept");');
});

test('a Reset in another tab does not silently discard the edit open in this one', async ({ context }) => {
  const here = await context.newPage();
  await here.goto(pages.sigmoid.path);
  const mine = here.locator('course-example').first();
  await edit(here, mine, 'console.log("still mine");');

  const there = await context.newPage();
  await there.goto(pages.sigmoid.path);
  const theirs = there.locator('course-example').first();
  await expect(theirs.locator('pre code')).toHaveText('console.log("still mine");');
  await theirs.getByRole('button', { name: 'Reset' }).click();

  // This tab says so, and still shows the edit; a change here saves it again.
  await expect(mine.locator('.example-status')).toHaveText(/^You reset this example in another tab/);
  await expect(mine.locator('.cm-content')).toHaveText('console.log("still mine");');
  await mine.locator('.cm-content').click();
  await here.keyboard.press('ControlOrMeta+End');
  await here.keyboard.insertText(' // kept');
  await there.reload();
  await expect(theirs.locator('pre code')).toHaveText('console.log("still mine"); // kept');
});

test('an example not being edited follows an edit and a Reset made in another tab', async ({ context }) => {
  const here = await context.newPage();
  await here.goto(pages.sigmoid.path);
  const mine = here.locator('course-example').first();
  const original = (await mine.locator('pre code').textContent()) ?? '';

  const there = await context.newPage();
  await there.goto(pages.sigmoid.path);
  const theirs = there.locator('course-example').first();
  await edit(there, theirs, 'console.log("from the other tab");');
  await expect(mine.locator('pre code')).toHaveText('console.log("from the other tab");');
  await expect(mine.getByRole('button', { name: 'Reset' })).toBeVisible();
  await theirs.getByRole('button', { name: 'Reset' }).click();
  await expect(mine.locator('pre code')).toHaveText(original);
  await expect(mine.getByRole('button', { name: 'Reset' })).toBeHidden();
});
