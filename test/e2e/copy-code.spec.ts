/** Each highlighted code block gets a keyboard-reachable Copy button that really copies. */
import { expect, test } from '@playwright/test';
import { lessons } from './site.ts';

for (const lesson of lessons) {
  test(`${lesson.heading}: every code block has a Copy button that writes its code to the clipboard`, async ({ page, context, baseURL }) => {
    await page.goto(lesson.path);
    // Exercise solutions sit in closed <details>; open them so their blocks count too.
    await page.locator('details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
    const blocks = page.locator('pre.astro-code');
    const count = await blocks.count();
    test.skip(count === 0, `${lesson.path} has no highlighted code block (pre.astro-code) yet; this test starts checking once a lesson has one`);

    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? new URL(page.url()).origin });
    const buttons = page.getByRole('button', { name: 'Copy code to clipboard' });
    await expect(buttons).toHaveCount(count);

    for (let index = 0; index < count; index++) {
      const button = buttons.nth(index);
      await button.focus();
      await expect(button).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(button).toHaveText('Copied');
      const expected = (await blocks.nth(index).innerText()).replace(/\n$/, '');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    }
  });

  test(`${lesson.heading}: Copy buttons are in the Tab order`, async ({ page }) => {
    await page.goto(lesson.path);
    test.skip((await page.locator('pre.astro-code').count()) === 0, `${lesson.path} has no highlighted code block yet`);
    const first = page.getByRole('button', { name: 'Copy code to clipboard' }).first();
    // Tab from the start of the page until the first Copy button has focus (or give up).
    for (let presses = 0; presses < 100 && !(await first.evaluate((button) => button === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    await expect(first).toBeFocused();
  });
}
