/**
 * Plots printed by examples (`course:plot`) in the page: an unedited Run
 * draws exactly the SVG the build drew, an edited Run draws the edit, and bad
 * input gets a clear message while the page stays responsive.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { edit, runAndWait } from './examples.ts';
import { lessons, pages } from './site.ts';

/** The lesson's example that plots (the first whose output holds a figure), pinned by place so a run that draws nothing keeps it. */
async function plotting(page: Page): Promise<Locator> {
  const index = await page.locator('course-example').evaluateAll((all) => all.findIndex((element) => element.querySelector('.example-plot svg')));
  expect(index).toBeGreaterThanOrEqual(0);
  return page.locator('course-example').nth(index);
}

for (const lesson of lessons) {
  test(`${lesson.heading}: the figure is an example, and its unedited Run draws exactly the build's SVG`, async ({ page }) => {
    await page.goto(lesson.path);
    const example = await plotting(page);
    const svg = example.locator('.example-plot svg');
    await expect(svg).toHaveAttribute('role', 'img');
    const built = await svg.evaluate((element) => element.outerHTML);
    await runAndWait(example);
    await expect(example.locator('.example-status')).toHaveText(/^Ran in your browser/);
    await expect.poll(() => example.locator('.example-plot svg').evaluate((element) => element.outerHTML)).toBe(built);
  });
}

test.describe('the sigmoid figure, edited', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(pages.sigmoid.path);
  });

  test('a steeper sigmoid draws a new curve', async ({ page }) => {
    const example = await plotting(page);
    const before = await example.locator('.example-plot svg .plot-series-0 path').getAttribute('d');
    await edit(page, example, "import { plot } from 'course:plot';\n\nplot({ title: 'steeper', series: [{ label: 'σ(2x)', f: (x) => 1 / (1 + Math.exp(-2 * x)) }] });");
    await runAndWait(example);
    await expect(example.locator('.example-status')).toHaveText(/^Ran in your browser/);
    await expect(example.locator('.example-plot svg title')).toHaveText('steeper');
    expect(await example.locator('.example-plot svg .plot-series-0 path').getAttribute('d')).not.toBe(before);
    // Reset puts the build's figure back.
    await example.getByRole('button', { name: 'Reset' }).click();
    await expect(example.locator('.example-plot svg .plot-series-0 path')).toHaveAttribute('d', before!);
  });

  test('an empty series and a domain with min ≥ max throw a clear error at their line', async ({ page }) => {
    const example = await plotting(page);
    await edit(page, example, "import { plot } from 'course:plot';\n\nplot({ series: [] });");
    await runAndWait(example);
    await expect(example.locator('.example-status')).toHaveText('The example threw an error at line 3.');
    await expect(example.locator('output samp')).toContainText('plot: `series` is empty');
    await edit(page, example, "import { plot } from 'course:plot';\n\nplot({ domain: [2, 2], series: [{ f: Math.tanh }] });");
    await runAndWait(example);
    await expect(example.locator('output samp')).toContainText('plot: the domain is [2, 2]; expected [min, max]');
  });

  test('NaN and ±∞ are gaps, 10⁶ points are downsampled, and the page stays responsive', async ({ page }) => {
    const example = await plotting(page);
    const code = [
      "import { plot } from 'course:plot';",
      '',
      'const x = Array.from({ length: 1_000_000 }, (_, i) => i / 1000);',
      "plot({ title: 'big', series: [{ label: 'sin', x, y: x.map(Math.sin) }, { label: '1/x', f: (v) => 1 / (v - 500), style: 'dashed' }], domain: [0, 1000] });",
    ].join('\n');
    await edit(page, example, code);
    await example.getByRole('button', { name: 'Run' }).click();
    // The main thread answers while the worker samples and the page draws.
    const started = Date.now();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(example.locator('.example-status')).toHaveText(/^Ran in your browser/, { timeout: 20_000 });
    const svg = example.locator('.example-plot svg');
    await expect(svg.locator('title')).toHaveText('big');
    // 1/(x − 500) jumps over ±∞ at 500: two pieces, not one path through the pole.
    await expect(svg.locator('.plot-series-1 path')).toHaveCount(2);
    const length = await svg.locator('.plot-series-0 path').evaluate((path) => (path.getAttribute('d') ?? '').split('L').length);
    expect(length).toBeLessThanOrEqual(5000);
  });

  test('a label containing <script> is shown as text and never runs', async ({ page }) => {
    const example = await plotting(page);
    await edit(page, example, "import { plot } from 'course:plot';\n\nplot({ title: '<script>window.pwned = 1</script>', series: [{ label: '<img src=x onerror=\"window.pwned = 2\">', f: Math.tanh }] });");
    await runAndWait(example);
    await expect(example.locator('.example-plot svg title')).toHaveText('<script>window.pwned = 1</script>');
    await expect(example.locator('.plot-legend-label')).toHaveText('<img src=x onerror="window.pwned = 2">');
    expect(await example.locator('output script, output img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  });
});
