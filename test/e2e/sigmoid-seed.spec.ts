/** Issue 14, item 13: lesson 3.1 follows its source post: the plain implementation first, x printed before σ(x). */
import { expect, test } from '@playwright/test';
import { pages } from './site.ts';

test('3.1 shows the straightforward sigmoid and sigmoidDerivative, run, before the library\'s careful version', async ({ page }) => {
  await page.goto(pages.sigmoid.path);
  const plain = page.locator('course-example', { hasText: 'return 1 / (1 + Math.exp(-x));' });
  await expect(plain).toHaveCount(1);
  await expect(plain.locator('pre')).toContainText('export function sigmoidDerivative(x: number): number');
  const libraryHeading = page.getByRole('heading', { name: 'How the library computes it' });
  const [plainTop, libraryTop] = [await plain.boundingBox(), await libraryHeading.boundingBox()];
  expect(plainTop!.y).toBeLessThan(libraryTop!.y);

  const lines = ((await plain.locator('output samp').textContent()) ?? '').split('\n');
  // x first, then σ(x), then σ′(x), each shown as the notebook the post comes from shows an array.
  expect(lines).toEqual([
    'array([-2., -1.,  0.,  1.,  2.])',
    'array([0.11920292, 0.26894142, 0.5       , 0.73105858, 0.88079708])',
    'array([0.10499359, 0.19661193, 0.25      , 0.19661193, 0.10499359])',
  ]);
  // And it runs in the page to the same output.
  await plain.getByRole('button', { name: 'Run' }).click();
  await expect(plain.locator('.example-status')).toHaveText(/^Ran in your browser/, { timeout: 20_000 });
  expect(((await plain.locator('output samp').textContent()) ?? '').split('\n')).toEqual(lines);
});

test('3.1 says the functions broadcast over every element, and that binary cross-entropy reads σ(x) as a probability', async ({ page }) => {
  await page.goto(pages.sigmoid.path);
  await expect(page.locator('.prose p', { hasText: 'broadcast' })).toContainText('given an array, they apply the function to every element of it');
  const loss = page.locator('.prose p', { hasText: 'binary cross-entropy' });
  await expect(loss).toContainText('as the probability that the example belongs to the positive class');
  await expect(loss).toContainText('a later chapter, not yet written');
});
