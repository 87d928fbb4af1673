/** Issue 14, item 4: a Copy button never covers code, and stays put (and copies what is shown) in edit mode. */
import { expect, test, type Page } from '@playwright/test';
import { colorSchemes, lessons, pages, screens } from './site.ts';

/**
 * Copy buttons whose box overlaps a line of text of any code block, named for the failure message.
 * Each button is measured on screen, where the reader sees it: a lesson lays out what is off
 * screen only as the reader nears it (content-visibility), so off-screen boxes are not final.
 */
function buttonsOverCode(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const hits: string[] = [];
    for (const [index, button] of [...document.querySelectorAll('button.copy-code')].entries()) {
      button.scrollIntoView({ block: 'center' });
      await frame();
      const box = button.getBoundingClientRect();
      const lines = [...document.querySelectorAll('pre.astro-code .line')].flatMap((line) => {
        const range = document.createRange();
        range.selectNodeContents(line);
        return [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => ({ rect, text: line.textContent ?? '' }));
      });
      const hit = lines.find((line) => overlap(box, line.rect));
      if (hit) hits.push(`button ${index + 1} covers “${hit.text.trim().slice(0, 40)}”`);
    }
    return hits;
  });
}

for (const screen of screens) {
  for (const colorScheme of colorSchemes) {
    for (const lesson of lessons) {
      test(`${lesson.heading} at ${screen.width} px (${colorScheme}): no Copy button covers code`, async ({ page }) => {
        await page.setViewportSize(screen);
        await page.emulateMedia({ colorScheme });
        await page.goto(lesson.path);
        await page.locator('details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
        await expect(page.getByRole('button', { name: 'Copy code to clipboard' }).first()).toBeVisible();
        expect(await buttonsOverCode(page)).toEqual([]);
      });
    }
  }
}

for (const screen of screens) {
  test(`at ${screen.width} px, in edit mode the Copy button keeps its place in the button row and copies the edited code`, async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
    await page.setViewportSize(screen);
    await page.goto(pages.sigmoid.path);
    const example = page.locator('course-example').first();
    const copy = example.getByRole('button', { name: 'Copy code to clipboard' });
    const run = example.getByRole('button', { name: 'Run' });
    /** How far Copy's middle is from Run's, vertically: 0 when they share a row. */
    const rowOf = async () => {
      const [a, b] = [await copy.boundingBox(), await run.boundingBox()];
      return a && b ? Math.round(a.y + a.height / 2 - (b.y + b.height / 2)) : Number.NaN;
    };
    expect(await rowOf(), 'Copy is not in the row of Run').toBe(0);
    await example.getByRole('button', { name: 'Edit' }).click();
    const editor = example.locator('.cm-content');
    await expect(editor).toBeFocused();
    expect(await rowOf(), 'Copy left the row of Run in edit mode').toBe(0);
    const editorBox = await example.locator('.cm-editor').boundingBox();
    const copyBox = await copy.boundingBox();
    expect(copyBox!.y, 'Copy sits on the editor').toBeGreaterThanOrEqual(editorBox!.y + editorBox!.height);

    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText('console.log("edited");');
    await copy.click();
    await expect(copy).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('console.log("edited");');
  });
}
