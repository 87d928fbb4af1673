/**
 * Shared steps for the browser tests of live examples: run an example and
 * wait for its last word, and replace an example's code in the editor.
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

/** Opens the editor of `example` and replaces its code with `code`. */
export async function edit(page: Page, example: Locator, code: string): Promise<void> {
  await example.getByRole('button', { name: 'Edit' }).click();
  const editor = example.locator('.cm-content');
  await expect(editor).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  // insertText, not type(): CodeMirror would auto-close brackets as a person types.
  await page.keyboard.insertText(code);
}
