/**
 * Issue 14, item 6: printing. Chromium lays a printed page out at the width of
 * the paper less its margins; the viewport is set to that width (A4, 210 mm,
 * less the stylesheet's 2 × 14 mm, at 96 px per inch) and print media
 * emulated, and every word and number the screen shows must be on the page.
 */
import { expect, test } from '@playwright/test';
import { lessons, pages } from './site.ts';

const A4_TEXT_WIDTH = Math.round(((210 - 28) / 25.4) * 96);

test.use({ viewport: { width: A4_TEXT_WIDTH, height: 1000 } });
test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
});

for (const lesson of lessons) {
  test(`${lesson.heading} printed: the text uses the page's width, and no code, output or solution is cut or hidden`, async ({ page }) => {
    await page.goto(lesson.path);
    const paragraph = page.locator('.prose > p').first();
    const width = (await paragraph.boundingBox())?.width ?? 0;
    expect(width / A4_TEXT_WIDTH, `the text is ${width} px of ${A4_TEXT_WIDTH}`).toBeGreaterThan(0.9);

    const cut = await page.locator('.example-output output, pre.astro-code').evaluateAll((elements) =>
      elements.filter((element) => element.scrollWidth > element.clientWidth + 1).map((element) => (element.textContent ?? '').slice(0, 60)),
    );
    expect(cut, 'wider than the page').toEqual([]);
    const splittable = await page.locator('pre.astro-code').evaluateAll((elements) => elements.filter((element) => getComputedStyle(element).breakInside !== 'avoid').length);
    expect(splittable, 'code blocks that may split across pages').toBe(0);
    const solution = page.locator('details.exercise-solution pre');
    await expect(solution).toBeVisible();
    expect((await solution.boundingBox())?.height ?? 0).toBeGreaterThan(20);
  });
}

test('the chapter page printed: every column of the comparison table is on the page', async ({ page }) => {
  await page.goto(pages.chapter.path);
  const scroller = page.locator('.table-scroll');
  const { scrollWidth, clientWidth } = await scroller.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth + 1);
  const lastHeader = page.locator('table.comparison thead th').last();
  const box = await lastHeader.boundingBox();
  expect((box?.x ?? Infinity) + (box?.width ?? 0)).toBeLessThanOrEqual(A4_TEXT_WIDTH + 1);
});

test('a lesson prints to A4 as a PDF of several pages', async ({ page }) => {
  await page.goto(pages.sigmoid.path);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // A4 page objects (/Type /Page, not /Pages): a lesson takes several pages.
  const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pageCount).toBeGreaterThan(2);
});
