/**
 * Issue 10, items 1, 3 and 4: what a run does to the page. A flood of output
 * leaves the page interactive and ends with the output or a notice of what was
 * left out; a second Run stops the first; a thrown value of any kind is
 * reported as thrown, at once. The flood's latency figures come from
 * `npm run bench:examples`, not from here.
 */
import { expect, test, type Locator } from '@playwright/test';
import { edit, FINISHED, runAndWait } from './examples.ts';
import { pages } from './site.ts';

const status = (example: Locator) => example.locator('.example-status');
const output = (example: Locator) => example.locator('output samp');

test.beforeEach(async ({ page }) => {
  await page.goto(pages.sigmoid.path);
});

test('a million printed lines: the page stays interactive, Run again and Reset work, and the output says what it left out', async ({ page }) => {
  test.setTimeout(120_000);
  const example = page.locator('course-example').first();
  const built = await output(example).textContent();
  await edit(page, example, 'for (let i = 0; i < 1_000_000; i++) console.log(String(i));');
  await example.getByRole('button', { name: 'Run' }).click();
  // Input is handled while it prints: the theme toggles, and typing reaches the editor.
  const theme = await page.locator('html').getAttribute('data-theme');
  await page.locator('.theme-toggle').click({ timeout: 5_000 });
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', theme ?? '', { timeout: 5_000 });
  await example.locator('.cm-content').click({ timeout: 5_000 });
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('\n// typed during the flood');
  await expect(example.locator('.cm-content')).toContainText('typed during the flood', { timeout: 5_000 });

  // Run again: the new run replaces the old one, and ends with the first lines, a notice, and the last lines.
  await example.getByRole('button', { name: 'Run' }).click({ timeout: 5_000 });
  await expect(status(example)).toHaveText(FINISHED, { timeout: 60_000 });
  const notice = example.locator('output .example-omitted');
  await expect(notice).toHaveText(/^… [\d,]+ lines not shown …$/);
  // The output's batches are drawn on the frames after the status changes, which a loaded machine can
  // delay (a CI run read a first line, the notice and the last lines): wait for the first lines too.
  const parts = async () => ((await output(example).textContent()) ?? '').split(/\n… [\d,]+ lines not shown …\n/);
  await expect.poll(async () => (await parts())[0]?.split('\n').length ?? 0, { timeout: 10_000 }).toBeGreaterThan(100);
  const [head = '', tail = ''] = await parts();
  const headLines = head.split('\n');
  expect(headLines.every((line, index) => line === String(index)), 'the first lines come in order, from one run').toBe(true);
  const tailLines = tail.split('\n').map(Number);
  expect(tailLines.every((n, index) => index === 0 || n === (tailLines[index - 1] ?? NaN) + 1), 'the last lines are consecutive').toBe(true);
  // A run that ended by itself printed its last line; the output's last batch is drawn on the frame after
  // the status changes, which a loaded machine can delay.
  if ((await status(example).textContent())?.startsWith('Ran')) {
    await expect.poll(async () => ((await output(example).textContent()) ?? '').split('\n').at(-1), { timeout: 10_000 }).toBe('999999');
  }
  await expect(status(example)).toContainText(/lines|Stopped/);

  // Reset mid-flood: the lesson's code and output come back, and nothing of the run is written after.
  await example.getByRole('button', { name: 'Run' }).click({ timeout: 5_000 });
  await example.getByRole('button', { name: 'Reset' }).click({ timeout: 5_000 });
  await expect(output(example)).toHaveText(built ?? '');
  await page.waitForTimeout(500);
  await expect(output(example)).toHaveText(built ?? '');
  await expect(status(example)).toHaveCount(0);
});

test('Run pressed mid-run stops the first run: one run’s output, and "Ran" only when it is over', async ({ page }) => {
  const example = page.locator('course-example').first();
  const slowly = (name: string) => `for (let i = 0; i < 5; i++) {\n  console.log('${name}', i);\n  await new Promise((resolve) => setTimeout(resolve, 250));\n}`;
  await edit(page, example, slowly('first'));
  await example.getByRole('button', { name: 'Run' }).click();
  await expect(output(example)).toContainText('first 1');
  // Change the code while the first run prints, and run it.
  await example.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(slowly('second'));
  await example.getByRole('button', { name: 'Run' }).click();
  await expect(status(example)).toHaveText(FINISHED, { timeout: 20_000 });
  // Read at the moment the status first says a run is over: it must be the second, complete.
  expect(await output(example).textContent()).toBe('second 0\nsecond 1\nsecond 2\nsecond 3\nsecond 4');
  await expect(status(example)).toHaveText(/^Ran in your browser/);
  await page.waitForTimeout(800);
  await expect(output(example)).toHaveText('second 0\nsecond 1\nsecond 2\nsecond 3\nsecond 4');
});

const strangeThrows = [
  { name: 'a null-prototype object', code: 'throw Object.create(null);', printed: 'Uncaught [Object: null prototype] {}' },
  { name: 'a null-prototype object with fields', code: 'throw Object.assign(Object.create(null), { code: 7 });', printed: 'Uncaught [Object: null prototype] { code: 7 }' },
  { name: 'a symbol', code: "throw Symbol('odd');", printed: 'Uncaught Symbol(odd)' },
  {
    name: 'a revoked proxy',
    code: 'const { proxy, revoke } = Proxy.revocable({}, {});\nrevoke();\nthrow proxy;',
    printed: 'Uncaught a value that cannot be printed',
  },
];

for (const { name, code, printed } of strangeThrows) {
  test(`throwing ${name} is reported as thrown, at once, not as an endless loop`, async ({ page }) => {
    const example = page.locator('course-example').first();
    await edit(page, example, `console.log('before');\n${code}`);
    const started = Date.now();
    await runAndWait(example);
    await expect(status(example)).toHaveText(/^The example threw an error/);
    expect(Date.now() - started, 'reported before the 3 s limit').toBeLessThan(2_900);
    await expect(output(example)).toHaveText(`before\n${printed}`);
  });
}
