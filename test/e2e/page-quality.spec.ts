/**
 * Issue 14, item 8: nothing moves once the page is drawn. The KaTeX fonts a
 * page's formulas use are preloaded (every one Chromium asks for, and none it
 * does not), so the text is laid out once; the layout shifts add up to less
 * than 0.01 (Lighthouse calls under 0.1 good).
 */
import { expect, test } from '@playwright/test';
import { contentPages, screens } from './site.ts';

for (const screen of screens) {
  for (const { path } of contentPages) {
    test(`${path} at ${screen.width} px: every KaTeX font it uses is preloaded, and the layout does not shift`, async ({ page }) => {
      await page.setViewportSize(screen);
      const fonts: string[] = [];
      page.on('request', (request) => {
        if (/\.woff2?$/.test(request.url())) fonts.push(new URL(request.url()).pathname);
      });
      await page.addInitScript(() => {
        const recorded = window as unknown as { layoutShift: number };
        recorded.layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) recorded.layoutShift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const preloaded = await page.locator('link[rel="preload"][as="font"]').evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
      expect(fonts.filter((font) => !preloaded.includes(font)), 'fonts requested without a preload').toEqual([]);
      expect(preloaded.filter((font) => !fonts.includes(font)), 'fonts preloaded but never used').toEqual([]);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBeLessThan(0.01);
    });
  }
}
