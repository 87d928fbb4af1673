/** Formulas reach the reader as typeset math, never as raw TeX. */
import { expect, test } from '@playwright/test';
import { colorSchemes, lessons, screens, scrollBoxes } from './site.ts';

for (const lesson of lessons) {
  test(`${lesson.heading}: formulas are typeset by KaTeX, with MathML for assistive technology`, async ({ page }) => {
    await page.goto(lesson.path);
    const article = page.locator('article');
    expect(await article.locator('.katex-display').count()).toBeGreaterThan(0);
    await expect(article.locator('.katex-display').first()).toBeVisible();
    expect(await article.locator('.katex math').count()).toBeGreaterThan(0);

    const text = await article.innerText();
    expect(text, 'raw display-math delimiters leaked into the page').not.toContain('$$');
    expect(text, 'raw TeX commands leaked into the page').not.toMatch(/\\(frac|sigma|tanh)\b/);
  });

  test(`${lesson.heading}: the KaTeX fonts load, so symbols are not drawn in a fallback font`, async ({ page }) => {
    await page.goto(lesson.path);
    await page.locator('.katex-display').first().scrollIntoViewIfNeeded();
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family);
    });
    expect(loaded.some((family) => family.replaceAll('"', '').startsWith('KaTeX_'))).toBe(true);
  });
}

// Issue 14, item 3: a display equation fits its column, or scrolls with a visible cue; none is cut off at 1280 px.
for (const screen of screens) {
  for (const colorScheme of colorSchemes) {
    for (const lesson of lessons) {
      test(`${lesson.heading} at ${screen.width} px (${colorScheme}): every display equation fits, or scrolls with a cue and is a tab stop`, async ({ page }) => {
        await page.setViewportSize(screen);
        await page.emulateMedia({ colorScheme });
        await page.goto(lesson.path);
        await page.evaluate(() => document.fonts.ready);
        const boxes = await scrollBoxes(page, 'article .katex-display');
        expect(boxes.length).toBeGreaterThan(0);
        const overflowing = boxes.filter((box) => box.overflows);
        if (screen.width >= 1280) expect(overflowing.map((box) => box.text), 'cut off at 1280 px').toEqual([]);
        const unmarked = overflowing.filter((box) => box.missingCue || !box.tabStop).map((box) => `#${box.index} ${box.text}: ${box.missingCue || 'not a tab stop'}`);
        expect(unmarked).toEqual([]);
      });
    }
  }
}

// Issue 14, item 7: only equations that scroll are tab stops.
for (const screen of screens) {
  test(`${lessons[4].heading} at ${screen.width} px: a display equation is a tab stop only while it scrolls`, async ({ page }) => {
    await page.setViewportSize(screen);
    await page.goto(lessons[4].path);
    await page.evaluate(() => document.fonts.ready);
    await expect.poll(async () => (await scrollBoxes(page, 'article .katex-display')).filter((box) => box.tabStop !== box.overflows).map((box) => box.text)).toEqual([]);
    // Narrowing the window makes a fitting equation scroll, and a tab stop.
    if (screen.width >= 1280) {
      await page.setViewportSize({ width: 360, height: 740 });
      await expect.poll(async () => (await scrollBoxes(page, 'article .katex-display')).filter((box) => box.tabStop).length).toBeGreaterThan(0);
    }
  });
}
