/**
 * Issue 14, item 8: nothing moves once the page is drawn. The KaTeX fonts the
 * formulas of a page's opening use are preloaded (every one the first paint
 * asks for, and none the page does not use); a face first used further down
 * loads as the reader nears it. The text is laid out once: the layout shifts
 * add up to less than 0.01 (Lighthouse calls under 0.1 good).
 */
import { expect, test } from '@playwright/test';
import { contentPages, screens } from './site.ts';

for (const screen of screens) {
  for (const { path } of contentPages) {
    test(`${path} at ${screen.width} px: the KaTeX fonts its first screen uses are preloaded, and the layout does not shift`, async ({ page }) => {
      await page.setViewportSize(screen);
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
      // The preloads for this screen (a face only a wide screen's opening uses has media="(min-width: …)").
      const preloaded = await page
        .locator('link[rel="preload"][as="font"]')
        .evaluateAll((links) => (links as HTMLLinkElement[]).filter((link) => !link.media || matchMedia(link.media).matches).map((link) => new URL(link.href).pathname));
      // KaTeX_Main-Bold.<hash>.woff2 is the face KaTeX_Main|700|normal.
      const faceOf = (file: string) => {
        const [family = '', variant = ''] = (file.split('/').at(-1) ?? '').split('.')[0]!.split('-');
        return `${family}|${/Bold/.test(variant) ? '700' : '400'}|${/Italic/.test(variant) ? 'italic' : 'normal'}`;
      };
      // The faces the formulas on the first screen are drawn in: each must have been preloaded.
      const firstScreen = await page.evaluate(() => {
        const faces = new Set<string>();
        for (const element of document.querySelectorAll('.katex-html *')) {
          const box = element.getBoundingClientRect();
          const hasText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
          if (!hasText || box.bottom <= 0 || box.top >= innerHeight) continue;
          const style = getComputedStyle(element);
          const family = style.fontFamily.split(',')[0]!.replace(/"/g, '').trim();
          if (family.startsWith('KaTeX_')) faces.add(`${family}|${style.fontWeight}|${style.fontStyle}`);
        }
        return [...faces];
      });
      expect(firstScreen.filter((face) => !preloaded.map(faceOf).includes(face)), 'faces of the first screen without a preload').toEqual([]);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBeLessThan(0.01);

      // Every preloaded face is one the page draws with, once all of it is laid out.
      const used = await page.evaluate(async () => {
        for (const block of document.querySelectorAll<HTMLElement>('.prose > *')) block.style.contentVisibility = 'visible';
        await document.fonts.ready;
        return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family.replace(/"/g, '')}|${face.weight}|${face.style}`);
      });
      expect(preloaded.filter((file) => !used.includes(faceOf(file))), 'fonts preloaded but never used').toEqual([]);
    });
  }
}
