/** On a small phone (360 CSS px) the page never scrolls sideways; wide formulas scroll inside their own box. */
import { expect, test } from '@playwright/test';
import { contentPages } from './site.ts';

test.use({ viewport: { width: 360, height: 740 } });

for (const { path } of contentPages) {
  test(`${path} has no horizontal scrolling at 360px`, async ({ page }) => {
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    const { scrollWidth, widest } = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      // Name the elements that stick out, so a failure says what to fix.
      const widest = [...document.body.querySelectorAll('*')]
        .filter((element) => element.getBoundingClientRect().right > width + 0.5)
        .filter((element) => !element.parentElement?.closest('.katex-display, pre'))
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} right=${Math.round(element.getBoundingClientRect().right)}`);
      return { scrollWidth: document.documentElement.scrollWidth, widest };
    });
    expect(scrollWidth, `elements wider than the viewport: ${widest.join('; ')}`).toBeLessThanOrEqual(360);
  });
}
