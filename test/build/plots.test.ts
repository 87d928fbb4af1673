/**
 * Plots printed by examples (`course:plot`), as the build sees them: the
 * text form an output fence holds, the inline SVG in the output, and bad
 * input failing at the lesson's file and line.
 */
import { toHtml } from 'hast-util-to-html';
import { beforeAll, describe, expect, test } from 'vitest';
import { actualOutput, checkOutcome, printedOutput } from '../../src/integration/examples/check.ts';
import type { Outcome } from '../../src/integration/examples/runner.ts';
import { outputChildren } from '../../src/integration/plot-markup.ts';
import { examplesIn, projectRunner } from '../helpers/examples.ts';

const FILE = 'test/build/fixtures/plots/content/plots.mdx';
let outcomes: Outcome[] = [];

beforeAll(async () => {
  outcomes = await (await projectRunner()).run(await examplesIn(FILE));
}, 120_000);

const [DRAWS, MISUSE, EMPTY, DOMAIN, GAPS, MILLION, SCRIPT] = [0, 1, 2, 3, 4, 5, 6];

describe('an example that plots', () => {
  test('prints the text form of its plot in order with its other lines', () => {
    expect(actualOutput(outcomes[DRAWS]!)).toMatchInlineSnapshot(`
      "before
      <Plot "tanh": x −6…6, y −1…1>
        tanh(x): solid, 241 points, y −1…1
        x: dashed, 3 points, y −1…1
      after"
    `);
  });

  test('shows its plot as inline SVG in the output, between the printed lines', () => {
    const html = toHtml({ type: 'root', children: outputChildren(printedOutput(outcomes[DRAWS]!)) });
    expect(html.startsWith('before<span class="example-plot"><svg')).toBe(true);
    expect(html.endsWith('</svg></span>after')).toBe(true);
    expect(html).toContain('<title id="');
    expect(html).toContain('<desc id="');
  });

  test('NaN and ±∞ are gaps, counted in the text form', () => {
    expect(actualOutput(outcomes[GAPS]!)).toMatchInlineSnapshot(`
      "<Plot "log": x −6…6, y −20…20>
        log x: solid, 120 points, y −3…1.79
        1/x: dashed, 240 points, 1 gap, y −20…20"
    `);
  });

  test('10⁶ points are downsampled, and the text form says so', () => {
    expect(actualOutput(outcomes[MILLION]!)).toMatchInlineSnapshot(`
      "<Plot "sin": x 0…1000, y −1…1>
        sin: solid, 1000000 points, downsampled to 5000, y −1…1"
    `);
  });

  test('a label containing <script> is inert text', () => {
    const html = toHtml({ type: 'root', children: outputChildren(printedOutput(outcomes[SCRIPT]!)) });
    expect(html).not.toContain('<script');
    expect(html).toContain('&#x3C;script>alert(2)&#x3C;/script>');
  });
});

describe('bad input fails the build at the lesson line', () => {
  test('misuse of the API is a type error', () => {
    expect(checkOutcome(outcomes[MISUSE]!)?.message).toMatchInlineSnapshot(`
      "test/build/fixtures/plots/content/plots.mdx:23:31: The example does not type-check:
      Type 'string' is not assignable to type '(x: number) => number'.
        23 | plot({ series: [{ label: 'f', f: 'Math.tanh' }] });
                                           ^"
    `);
  });

  test('an empty series throws at the line that plots', () => {
    expect(checkOutcome(outcomes[EMPTY]!)?.message).toMatchInlineSnapshot(`
      "test/build/fixtures/plots/content/plots.mdx:32: The example threw an error:
      Error: plot: \`series\` is empty; give at least one, e.g. { f: Math.tanh } or { x: [0, 1], y: [0, 1] }
        32 | plot({ series });"
    `);
  });

  test('a domain with min ≥ max throws at the line that plots', () => {
    expect(checkOutcome(outcomes[DOMAIN]!)?.message).toMatchInlineSnapshot(`
      "test/build/fixtures/plots/content/plots.mdx:40: The example threw an error:
      Error: plot: the domain is [1, -1]; expected [min, max], two finite numbers with min < max
        40 | plot({ domain: [1, -1], series: [{ f: Math.tanh }] });"
    `);
  });
});
