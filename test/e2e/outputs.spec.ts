/** Issue 14, item 5: an example's output is never silently cut off; an exercise's verdict is always whole. */
import { expect, test } from '@playwright/test';
import { colorSchemes, lessons, pages, screens, scrollBoxes } from './site.ts';

for (const screen of screens) {
  for (const colorScheme of colorSchemes) {
    for (const lesson of lessons) {
      test(`${lesson.heading} at ${screen.width} px (${colorScheme}): every output fits, or scrolls with a cue and is a tab stop`, async ({ page }) => {
        await page.setViewportSize(screen);
        await page.emulateMedia({ colorScheme });
        await page.goto(lesson.path);
        const boxes = await scrollBoxes(page, '.example-output:not([hidden]) output');
        expect(boxes.length).toBeGreaterThan(0);
        const unmarked = boxes.filter((box) => box.overflows && (box.missingCue || !box.tabStop));
        expect(unmarked.map((box) => `#${box.index} ${box.text}: ${box.missingCue || 'not a tab stop'}`)).toEqual([]);
      });
    }
  }
}

for (const screen of screens) {
  test(`at ${screen.width} px an exercise's failure message is shown whole, the library's value included`, async ({ page }) => {
    await page.setViewportSize(screen);
    await page.goto(pages.sigmoid.path);
    const exercise = page.locator('course-example[data-check]');
    await exercise.getByRole('button', { name: 'Run' }).click();
    await expect(exercise.locator('.example-status')).toHaveText(/^Not yet/, { timeout: 20_000 });
    const output = exercise.locator('output');
    await expect(output).toContainText('but the library gives');
    const { scrollWidth, clientWidth } = await output.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
    expect(scrollWidth, 'part of the message is out of sight').toBeLessThanOrEqual(clientWidth);
  });
}
