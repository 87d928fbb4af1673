/**
 * Shared steps for the browser tests of live examples: run an example and
 * wait for its last word, replace an example's code in the editor, and run
 * every example of a page unedited.
 * Not a spec file (Playwright only collects `*.spec.ts`).
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** A run's last word: the status line once the run is over. */
export const FINISHED = /^(Ran in your browser|Passed|Not yet|The example threw|Stopped after)/;

/** Clicks Run and waits for the status to say the run is over (generous: a busy machine starts workers slowly). */
export async function runAndWait(example: Locator): Promise<void> {
  await example.getByRole('button', { name: 'Run' }).click();
  await expect(example.locator('.example-status')).toHaveText(FINISHED, { timeout: 20_000 });
}

/** Replaces the code of `example` with `code`, opening its editor first unless it is open. */
export async function edit(page: Page, example: Locator, code: string): Promise<void> {
  const editor = example.locator('.cm-content');
  if (await editor.isVisible()) await editor.click();
  else await example.getByRole('button', { name: 'Edit' }).click();
  await expect(editor).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  // insertText, not type(): CodeMirror would auto-close brackets as a person types.
  await page.keyboard.insertText(code);
}

/** Runs every example of the page (exercises print a verdict instead) and expects each to print exactly what the build printed. */
export async function expectUneditedRunsAsBuilt(page: Page): Promise<void> {
  const examples = page.locator('course-example:not([data-check])');
  const count = await examples.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    const example = examples.nth(index);
    const built = await example.locator('output samp').textContent();
    await runAndWait(example);
    await expect(example.locator('.example-status')).toHaveText(/^Ran in your browser/);
    // A plot is drawn once its renderer has loaded, which may be just after the run's status line.
    await expect.poll(() => example.locator('output samp').textContent(), { message: `example ${index + 1}` }).toBe(built);
  }
}
