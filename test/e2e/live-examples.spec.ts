/**
 * Live examples: every example runs in the page and prints exactly what the
 * build printed; edits run; loops are stopped without freezing the page;
 * errors show their line; output is text, never HTML; the keyboard suffices.
 */
import { expect, test } from '@playwright/test';
import { edit, expectUneditedRunsAsBuilt, runAndWait } from './examples.ts';
import { lessons, pages } from './site.ts';

for (const lesson of lessons) {
  test(`${lesson.heading}: every example, run unedited, prints exactly what the build printed`, async ({ page }) => {
    await page.goto(lesson.path);
    await expectUneditedRunsAsBuilt(page);
  });
}

test.describe('the first example of 3.1 Sigmoid', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(pages.sigmoid.path);
  });

  test('edited to x = [[0]], it prints 0.5', async ({ page }) => {
    const example = page.locator('course-example').first();
    await edit(page, example, "import { sigmoid } from '#activations';\n\nconst x = [[0]];\nsigmoid(x);");
    await runAndWait(example);
    await expect(example.locator('output samp')).toHaveText('array([[0.5]])');
  });

  test('an endless loop is stopped, the page stays responsive meanwhile, and the next run works', async ({ page }) => {
    const example = page.locator('course-example').first();
    await edit(page, example, 'console.log("looping");\nwhile (true) {}');
    await example.getByRole('button', { name: 'Run' }).click();
    // While the loop runs, the page still answers: the theme toggle flips the theme.
    await page.locator('.theme-toggle').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(example.locator('.example-status')).toHaveText(/^Stopped after 3 s/, { timeout: 20_000 });
    await expect(example.locator('output samp')).toHaveText('looping');
    await page.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText('console.log(1 + 1);');
    await runAndWait(example);
    await expect(example.locator('output samp')).toHaveText('2');
  });

  test('a throw shows its message and the line it came from', async ({ page }) => {
    const example = page.locator('course-example').first();
    await edit(page, example, "const a = 1;\nconsole.log(a);\nthrow new RangeError('too far');");
    await runAndWait(example);
    await expect(example.locator('output samp')).toHaveText('1\nRangeError: too far');
    await expect(example.locator('.example-status')).toHaveText('The example threw an error at line 3.');
  });

  test('output is text, never HTML', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const example = page.locator('course-example').first();
    await edit(page, example, 'console.log("<img src=x onerror=alert(1)>");');
    await runAndWait(example);
    await expect(example.locator('output samp')).toHaveText('<img src=x onerror=alert(1)>');
    await expect(example.locator('output img')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test("reader code cannot reach the page's DOM, cookies or storage", async ({ page }) => {
    const example = page.locator('course-example').first();
    await edit(
      page,
      example,
      'const g = globalThis as any;\nconsole.log(typeof g.document, typeof g.localStorage, typeof g.caches, typeof g.navigator.storage);',
    );
    await runAndWait(example);
    // The sandbox's opaque origin has no storage at all; example-sandbox.spec.ts tries the network and the rest.
    await expect(example.locator('output samp')).toHaveText('undefined undefined undefined undefined');
  });

  test('an edit persists across a reload until Reset restores the lesson’s code and output', async ({ page }) => {
    const example = page.locator('course-example').first();
    const built = await example.locator('output samp').textContent();
    const lessonCode = await example.locator('pre code').textContent();
    await edit(page, example, 'console.log("mine");');
    await page.reload();
    await expect(example.locator('pre code')).toHaveText('console.log("mine");');
    await runAndWait(example);
    await expect(example.locator('output samp')).toHaveText('mine');
    await example.getByRole('button', { name: 'Reset' }).click();
    await expect(example.locator('pre code')).toHaveText(lessonCode ?? '');
    await expect(example.locator('output samp')).toHaveText(built ?? '');
    await page.reload();
    await expect(example.getByRole('button', { name: 'Reset' })).toBeHidden();
  });

  test('runs from the keyboard alone, and Ctrl+Enter runs from the editor', async ({ page }) => {
    const example = page.locator('course-example').first();
    const run = example.getByRole('button', { name: 'Run' });
    for (let presses = 0; presses < 60 && !(await run.evaluate((button) => button === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    await expect(run).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(example.locator('.example-status')).toHaveText(/^Ran in your browser/);
    await page.keyboard.press('Tab'); // Edit
    await page.keyboard.press('Enter');
    await expect(example.locator('.cm-content')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText('\nconsole.log("again");');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(example.locator('output samp')).toContainText('again');
  });

  test('nothing of the runner or the editor loads until the reader asks for it', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => /worker|editor|example-controller/.test(path))).toEqual([]);
    const example = page.locator('course-example').first();
    await runAndWait(example);
    expect(requested.some((path) => /worker-[\w-]+\.js$/.test(path))).toBe(true);
    expect(requested.filter((path) => /editor|worker-edited/.test(path))).toEqual([]);
    await example.getByRole('button', { name: 'Edit' }).click();
    await expect(example.locator('.cm-editor')).toBeVisible();
    expect(requested.some((path) => /editor\.[\w-]+\.js$/.test(path))).toBe(true);
  });
});

for (const lesson of lessons) {
  test(`${lesson.heading}: the exercise fails as given, and passes with the lesson's solution`, async ({ page }) => {
    await page.goto(lesson.path);
    const exercise = page.locator('course-example[data-check]');
    await expect(exercise).toHaveCount(1);
    await runAndWait(exercise);
    await expect(exercise.locator('.example-status')).toHaveText(/^Not yet/);
    await expect(exercise.locator('output samp')).toHaveText(/^✗ \w+\(.*\) (returned|threw) .*, but the library gives /);
    const solution = await exercise.locator('details.exercise-solution pre').textContent();
    await edit(page, exercise, solution ?? '');
    await runAndWait(exercise);
    await expect(exercise.locator('.example-status')).toHaveText(/^Passed/);
    await expect(exercise.locator('output samp')).toHaveText(/^✓ \w+ agrees with the library on all \d+ inputs, tails included\.$/);
  });
}

test('without JavaScript, every example and its build output are on the page, with no buttons', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pages.sigmoid.path);
  // 3.1 opens with its figure and a plain implementation: this is the library's first example on arrays.
  const example = page.locator('course-example').filter({ has: page.locator('pre code', { hasText: 'const x = [[0.1]' }) });
  await expect(example.locator('pre code')).toContainText('sigmoid');
  await expect(example.locator('output samp')).toContainText('array([[0.52497919],');
  // A figure an example draws is in the page too, as inline SVG.
  await expect(page.locator('course-example .example-plot svg[role="img"]').first()).toBeVisible();
  await expect(example.getByRole('button', { name: 'Run' })).toBeHidden();
  await context.close();
});
