/** Issue 14, item 9: small visual faults, and the home page saying where the course starts. */
import { expect, test } from '@playwright/test';
import { colorSchemes, contentPages, pages, screens } from './site.ts';

test('links "3.1 Sigmoid" are underlined without a gap after the number', async ({ page }) => {
  await page.goto(pages.home.path);
  const gaps = await page.locator('main a:has(.section-number)').evaluateAll((links) =>
    links.map((link) => {
      const number = link.querySelector('.section-number')!;
      const text = number.nextSibling;
      const range = document.createRange();
      range.selectNodeContents(text ?? number);
      // The first line box of the text after the number (a long title wraps onto more lines).
      const first = range.getClientRects()[0];
      return { text: link.textContent?.trim(), gap: (first?.left ?? Infinity) - number.getBoundingClientRect().right };
    }),
  );
  expect(gaps.length).toBeGreaterThan(5);
  expect(gaps.filter(({ gap }) => Math.abs(gap) > 0.5)).toEqual([]);
});

for (const screen of screens) {
  for (const { path } of contentPages) {
    test(`${path} at ${screen.width} px: the footer's text starts where the page's text does`, async ({ page }) => {
      await page.setViewportSize(screen);
      await page.goto(path);
      const text = await page.locator('main h1').boundingBox();
      const footer = await page.locator('footer p').boundingBox();
      expect(Math.abs((footer?.x ?? 0) - (text?.x ?? 0))).toBeLessThanOrEqual(1);
    });
  }
}

test('lesson summaries on the chapter page show their formulas typeset, not as TeX or ^', async ({ page }) => {
  await page.goto(pages.chapter.path);
  const summaries = page.locator('.lesson-list li p');
  await expect(summaries).toHaveCount(5);
  await expect(summaries.first().locator('.katex').first()).toBeVisible();
  for (const text of await summaries.allInnerTexts()) {
    expect(text).not.toMatch(/[\\^$]/);
  }
});

test('inline math is at KaTeX’s own size on every page, whichever stylesheet the page links first', async ({ page }) => {
  // Lesson pages link KaTeX's stylesheet before the site's and the home page did not always; a site rule
  // about .katex then sized formulas differently from page to page.
  for (const path of [pages.home.path, pages.chapter.path, '/activations/sigmoid/']) {
    await page.goto(path);
    const ratio = await page.locator('p .katex').first().evaluate((katex) => parseFloat(getComputedStyle(katex).fontSize) / parseFloat(getComputedStyle(katex.parentElement!).fontSize));
    expect(ratio, path).toBeCloseTo(1.21, 2);
  }
});

for (const colorScheme of colorSchemes) {
  test(`ReLU's explorer at x = 0 (${colorScheme}): both dots are visible where the curves meet`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(pages.relu.path);
    const explorer = page.locator('function-explorer');
    await explorer.scrollIntoViewIfNeeded();
    await expect(explorer).toHaveAttribute('data-state', 'ready');
    await explorer.getByRole('spinbutton').fill('0');
    // At x = 0, relu(0) = relu′(0) = 0: the two dots have the same centre.
    await expect
      .poll(() =>
        explorer.evaluate((element) => {
          const [a, b] = ['.explorer-point-fn', '.explorer-point-derivative'].map((selector) => element.querySelector(selector)!.getBoundingClientRect());
          return Math.hypot(a!.x + a!.width / 2 - (b!.x + b!.width / 2), a!.y + a!.height / 2 - (b!.y + b!.height / 2));
        }),
      )
      .toBeLessThan(1);
    const seen = await explorer.evaluate((element) => {
      const fn = element.querySelector('.explorer-point-fn')!.getBoundingClientRect();
      const derivative = element.querySelector('.explorer-point-derivative')!.getBoundingClientRect();
      // What is painted just inside the derivative dot's edge, left and right of the function's dot.
      const y = derivative.top + derivative.height / 2;
      return [derivative.left + 1.5, derivative.right - 1.5].map((x) => document.elementFromPoint(x, y)?.getAttribute('class') ?? '').concat(
        document.elementFromPoint(fn.left + fn.width / 2, fn.top + fn.height / 2)?.getAttribute('class') ?? '',
      );
    });
    expect(seen[0], 'left of centre').toContain('explorer-point-derivative');
    expect(seen[1], 'right of centre').toContain('explorer-point-derivative');
    expect(seen[2], 'centre').toContain('explorer-point-fn');
  });
}

test('the home page says what chapter 3 assumes and where chapters 1 and 2 would be', async ({ page }) => {
  await page.goto(pages.home.path);
  const note = page.locator('.chapter-assumes');
  await expect(note).toBeVisible();
  await expect(note).toContainText('chapter 3');
  await expect(note).toContainText(/chapters 1\s+and 2/);
});
