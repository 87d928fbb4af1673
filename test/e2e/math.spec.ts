/** Formulas reach the reader as typeset math, never as raw TeX. */
import { expect, test } from '@playwright/test';
import { lessons } from './site.ts';

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
