/**
 * The function explorer (<function-explorer>, components/FunctionExplorer.astro): its island loads only
 * when the explorer nears the viewport; then the slider (keyboard), the number box and dragging on the plot
 * move x, and the readout shows the library's values. Lessons decide where explorers go, so these tests
 * look for one on the sigmoid lesson and skip, saying so, when there is none.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { leakyRelu, leakyReluDerivative, relu, reluDerivative, sigmoid, sigmoidDerivative, tanh, tanhDerivative } from '../../src/activations/index.ts';
import { formatReadoutNumber } from '../../src/islands/explorer/readout.ts';
import { pages, recordProblems, recordRequests } from './site.ts';

/** The island's own chunk (`/_astro/explorer.<hash>.js`), not the bootstrap (`FunctionExplorer.astro_…js`). */
const islandChunk = /\/_astro\/explorer\.[\w-]+\.js$/;

/** The function and derivative an explorer shows, from the library, as its data attributes name them. */
async function libraryFunctionOf(explorer: Locator): Promise<{ f: (x: number) => number; df: (x: number) => number }> {
  const fn = await explorer.getAttribute('data-fn');
  const alpha = Number(await explorer.getAttribute('data-alpha'));
  switch (fn) {
    case 'sigmoid':
      return { f: (x) => sigmoid(x), df: (x) => sigmoidDerivative(x) };
    case 'tanh':
      return { f: (x) => tanh(x), df: (x) => tanhDerivative(x) };
    case 'relu':
      return { f: (x) => relu(x), df: (x) => reluDerivative(x) };
    case 'leaky-relu':
      return { f: (x) => leakyRelu(x, alpha), df: (x) => leakyReluDerivative(x, alpha) };
    default:
      throw new Error(`unexpected data-fn="${fn}" on <function-explorer>`);
  }
}

/** What the readout must say at `x`: the library's values, printed as the examples print array elements. */
async function expectedReadout(explorer: Locator, x: number): Promise<string> {
  const { f, df } = await libraryFunctionOf(explorer);
  const n = formatReadoutNumber;
  return `x = ${n(x)}, f(x) = ${n(f(x))}, f′(x) = ${n(df(x))}`;
}

/** Opens the sigmoid lesson and returns its first explorer, or skips the test if the lesson has none. */
async function openExplorer(page: Page): Promise<Locator> {
  await page.goto(pages.sigmoid.path);
  const explorer = page.locator('function-explorer').first();
  test.skip((await explorer.count()) === 0, `no <FunctionExplorer> on ${pages.sigmoid.path} yet: the lead places explorers in lessons`);
  return explorer;
}

/** Scrolls the explorer into view and waits until its island has enabled the controls. */
async function activate(explorer: Locator): Promise<void> {
  await explorer.scrollIntoViewIfNeeded();
  await expect(explorer).toHaveAttribute('data-state', 'ready');
  await expect(explorer.getByRole('slider', { name: 'x' })).toBeEnabled();
}

/** The tangent line passes through the dot on the function (in viewBox units, rounded to 0.01). */
async function expectTangentThroughPoint(explorer: Locator): Promise<void> {
  const { point, line } = await explorer.evaluate((element) => {
    const attrs = (selector: string, names: string[]) => names.map((name) => Number(element.querySelector(selector)?.getAttribute(name)));
    return { point: attrs('.explorer-point-fn', ['cx', 'cy']), line: attrs('.explorer-tangent', ['x1', 'y1', 'x2', 'y2']) };
  });
  const [px = 0, py = 0] = point;
  const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = line;
  // Distance from the point to the line, in viewBox units: a hundredth of a unit of rounding at each end.
  const distance = Math.abs((x2 - x1) * (y1 - py) - (x1 - px) * (y2 - y1)) / Math.hypot(x2 - x1, y2 - y1);
  expect(distance, `dot (${px}, ${py}), tangent (${x1}, ${y1})–(${x2}, ${y2})`).toBeLessThan(0.05);
}

test('the explorer reads without its island: the build drew the tangent and wrote the library\'s values', async ({ page }) => {
  const explorer = await openExplorer(page);
  const x = Number(await explorer.locator('input[type="range"]').inputValue());
  await expect(explorer.locator('output')).toHaveText(await expectedReadout(explorer, x));
  await expect(explorer.locator('.explorer-tangent')).toHaveAttribute('x1', /\d/);
  await expectTangentThroughPoint(explorer);
});

test('the island\'s chunk loads only when the explorer nears the viewport', async ({ page }) => {
  const requests = recordRequests(page);
  const explorer = await openExplorer(page);
  const box = await explorer.boundingBox();
  const viewport = page.viewportSize();
  // The island loads 200px before the explorer scrolls in; closer than that to the first screen, it must load at once.
  test.skip(!box || !viewport || box.y < viewport.height + 400, `the explorer on ${pages.sigmoid.path} is on or near the first screen, so it loads at once`);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => islandChunk.test(url))).toEqual([]);
  // Enabled all the same, so a keyboard can reach it before scrolling there (issue 14); focus loads the island.
  await expect(explorer.locator('input[type="range"]')).toBeEnabled();

  await activate(explorer);
  expect(requests.filter((url) => islandChunk.test(url))).toHaveLength(1);
});

test.describe('once loaded', () => {
  let problems: ReturnType<typeof recordProblems>;
  let explorer: Locator;

  test.beforeEach(async ({ page }) => {
    problems = recordProblems(page);
    explorer = await openExplorer(page);
    await activate(explorer);
  });

  test.afterEach(() => {
    expect(problems).toEqual([]);
  });

  test('ArrowRight on the slider moves x by one step and the readout shows the library\'s values', async ({ page }) => {
    const slider = explorer.getByRole('slider', { name: 'x' });
    const before = Number(await slider.inputValue());
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    const after = Number(await slider.inputValue());
    expect(after).toBeCloseTo(before + 0.01, 10);
    await expect(explorer.locator('output')).toHaveText(await expectedReadout(explorer, after));
    await expect(explorer.getByRole('spinbutton')).toHaveValue(String(after));
    await expectTangentThroughPoint(explorer);
    // ← and → turn pages elsewhere in a lesson; on the slider they must not.
    await expect(page).toHaveURL(pages.sigmoid.path);
  });

  test('typing a number moves x there', async () => {
    await explorer.getByRole('spinbutton').fill('-2.5');
    await expect(explorer.locator('output')).toHaveText(await expectedReadout(explorer, -2.5));
    await expect(explorer.getByRole('slider', { name: 'x' })).toHaveValue('-2.5');
    await expectTangentThroughPoint(explorer);
  });

  test('dragging across the plot moves x to the pointer', async ({ page }) => {
    const svg = explorer.locator('.explorer-plot svg');
    const box = (await svg.boundingBox())!;
    const [xDomain, xRange] = await Promise.all(['data-x-domain', 'data-x-range'].map(async (name) => (await explorer.getAttribute(name))!.split(' ').map(Number)));
    const [d0 = 0, d1 = 0] = xDomain!;
    const [r0 = 0, r1 = 0] = xRange!;
    /** The client x of data x, through the build's scale: viewBox units scaled to the drawn width. */
    const clientX = (x: number) => box.x + ((r0 + ((x - d0) / (d1 - d0)) * (r1 - r0)) * box.width) / 640;
    const y = box.y + box.height / 2;
    await page.mouse.move(clientX(-3), y);
    await page.mouse.down();
    await page.mouse.move(clientX(-1), y, { steps: 5 });
    await page.mouse.move(clientX(2.5), y, { steps: 5 });
    // The readout is announced once x comes to rest, not for every value the drag passes through.
    const output = explorer.locator('output');
    await expect(output).toHaveAttribute('aria-live', 'off');
    await page.mouse.up();
    await expect(output).toHaveAttribute('aria-live', 'polite');
    const x = Number(await explorer.getByRole('slider', { name: 'x' }).inputValue());
    // One client pixel is about 0.02 in x at this width; the slider snaps to 0.01.
    expect(Math.abs(x - 2.5)).toBeLessThanOrEqual(0.03);
    await expect(explorer.locator('output')).toHaveText(await expectedReadout(explorer, x));
    await expectTangentThroughPoint(explorer);
  });
});
