/** axe-core finds no WCAG violation on any page, in either theme. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { contentPages } from './site.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { path } of contentPages) {
    test(`${path} in the ${colorScheme} theme has no axe violations`, async ({ page }) => {
      // axe checks the contrast of every KaTeX span of a lesson: over a minute for 3.5 on a busy
      // two-core machine (the same on the code before issue 14), so these get four minutes.
      test.setTimeout(240_000);
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      const { violations } = await new AxeBuilder({ page }).analyze();
      // One line per offending element, so the failure says what to fix and where.
      const report = violations.flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id} (${violation.impact ?? 'n/a'}): ${node.target.join(' ')} — ${node.failureSummary ?? violation.help}`),
      );
      expect(report).toEqual([]);
    });
  }
}
