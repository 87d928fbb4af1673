/**
 * A second course, built by the generator with no change to it
 * (test/fixtures/courses/losses: its own title, content and library mapped as
 * `#losses`): its examples run in the page as they ran at build, its exercise
 * fails as given and passes when solved, and its explorer follows its own
 * function. The course is built once for this file and served statically.
 */
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { buildSite } from '../helpers/build-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { edit, expectUneditedRunsAsBuilt, runAndWait } from './examples.ts';

const ROOT = fileURLToPath(new URL('../fixtures/courses/losses/', import.meta.url));
let server: StaticServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const { outDir } = await buildSite({ root: ROOT });
  server = await serveStatic(outDir);
});

test.afterAll(async () => {
  await server?.close();
});

test('the course has its own title, chapter and comparison table', async ({ page }) => {
  await page.goto(`${server.origin}/`);
  await expect(page.locator('.site-title')).toHaveText('Loss Functions by Example');
  await expect(page.locator('.site-footer')).toHaveText('Loss Functions by Example, a test course of the generator.');
  await page.getByRole('link', { name: /Loss functions/ }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'The losses compared' })).toBeVisible();
  await expect(page.locator('table.comparison thead th')).toHaveText(['Loss', 'Formula', 'Gradient']);
});

for (const lesson of ['mse', 'bce']) {
  test(`${lesson}: every example, run unedited, prints exactly what the build printed`, async ({ page }) => {
    await page.goto(`${server.origin}/losses/${lesson}/`);
    await expectUneditedRunsAsBuilt(page);
  });
}

test("the figure is drawn at build time from the course's own function", async ({ page }) => {
  await page.goto(`${server.origin}/losses/mse/`);
  const svg = page.locator('figure.function-figure svg[role="img"]');
  await expect(svg.locator('title')).toHaveText('(x − 0)² and its derivative 2x');
  // The description is computed from squaredError itself: 9 at both ends, smallest 0 at x = 0.
  await expect(svg.locator('desc')).toContainText('(x − 0)² goes from 9 at x = −3 to 9 at x = 3, with a smallest value of 0 at x = 0.');
});

test('the exercise fails as given, and passes with the solution', async ({ page }) => {
  await page.goto(`${server.origin}/losses/mse/`);
  const exercise = page.locator('course-example[data-check]');
  await runAndWait(exercise);
  await expect(exercise.locator('.example-status')).toHaveText(/^Not yet/);
  await expect(exercise.locator('output samp')).toHaveText('✗ meanSquaredError([0.8, 0.1, 0.1], [1, 0, 0]) returned 0, but the library gives 0.019999999999999993.');
  const solution = await page.locator('.exercise-solution pre').textContent();
  await edit(page, exercise, solution ?? '');
  await runAndWait(exercise);
  await expect(exercise.locator('.example-status')).toHaveText(/^Passed/);
  await expect(exercise.locator('output samp')).toHaveText('✓ meanSquaredError agrees with the library on all 3 inputs.');
});

test("the explorer follows the course's own function", async ({ page }) => {
  await page.goto(`${server.origin}/losses/bce/`);
  const explorer = page.locator('function-explorer');
  await explorer.scrollIntoViewIfNeeded();
  const number = explorer.locator('input[type="number"]');
  await expect(number).toBeEnabled();
  await number.fill('0.25');
  // L(0.25, 1) = −log 0.25 and ∂L/∂p = (0.25 − 1) / (0.25 · 0.75) = −4.
  await expect(explorer.locator('[data-readout="fx"]')).toHaveText('1.38629436');
  await expect(explorer.locator('[data-readout="dfx"]')).toHaveText('-4');
});
