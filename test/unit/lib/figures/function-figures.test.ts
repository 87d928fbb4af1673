import { describe, expect, test } from 'vitest';
import { sigmoid, sigmoidDerivative } from '../../../../src/activations/index.ts';
import { describeCurve, getFunctionPlotOptions } from '../../../../src/lib/figures/function-figures.ts';
import { plotFunctionAndDerivative } from '../../../../src/lib/figures/plot.ts';
import { renderPlotSvg } from '../../../../src/lib/figures/render-svg.ts';
import { getActivationPlotOptions } from '../../../helpers/activation-figures.ts';
import { parseSvg } from './svg-dom.ts';

const description = (options: Parameters<typeof getActivationPlotOptions>[0]) =>
  parseSvg(renderPlotSvg(plotFunctionAndDerivative(getActivationPlotOptions(options).plot))).querySelector('desc')?.textContent;

describe('getFunctionPlotOptions(spec)', () => {
  test('describes each figure with numbers computed from the functions themselves', () => {
    expect(description({ fn: 'sigmoid' })).toMatchInlineSnapshot(
      `"σ(x) goes from 0.00247 at x = −6 to 0.998 at x = 6. Its derivative σ′(x) goes from 0.00247 at x = −6 to 0.00247 at x = 6, with a largest value of 0.25 at x = 0."`,
    );
    expect(description({ fn: 'relu' })).toMatchInlineSnapshot(
      `"ReLU(x) goes from 0 at x = −6 to 6 at x = 6. Its derivative ReLU′(x) goes from 0 at x = −6 to 1 at x = 6, with a largest value of 1 at x = 0.05. At x = 0 the derivative jumps; a filled dot marks the value taken there, 0."`,
    );
  });

  test('a figure of the function alone has one curve, one legend row and no word of a derivative', () => {
    const { plot, caption } = getFunctionPlotOptions({ f: (x) => x * x, label: 'x²' });
    const drawn = plotFunctionAndDerivative(plot);
    expect(drawn.curves).toHaveLength(1);
    expect(drawn.legend.rows.map((row) => row.label)).toEqual(['x²']);
    expect(plot.title).toBe('x²');
    expect(caption).toBe('x².');
    expect(plot.description).not.toContain('derivative');
  });

  test('a change to the function changes the words', () => {
    const spec = { f: (x: number) => 2 * sigmoid(x), df: (x: number) => 2 * sigmoidDerivative(x) };
    expect(getFunctionPlotOptions(spec).plot.description).toContain('to 2 at x = 6');
  });

  test('the default caption names both curves and keeps a derivative name from breaking after its prime', () => {
    const { caption } = getActivationPlotOptions({ fn: 'relu' });
    expect(caption).toContain('ReLU′\u2060(x)');
    expect(caption.replaceAll('\u00a0', ' ').replaceAll('\u2060', '')).toBe('ReLU(x) (solid line) and its derivative ReLU′(x) (dashed).');
  });

  test('ids differ between figures with different options, and an explicit id wins', () => {
    const ids = [{ fn: 'sigmoid' }, { fn: 'tanh' }, { fn: 'tanh', domain: [-3, 3] }, { fn: 'leaky-relu', alpha: 0.2 }] as const;
    const found = ids.map((options) => getActivationPlotOptions(options).plot.id);
    expect(new Set(found).size).toBe(ids.length);
    expect(found.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
    expect(getActivationPlotOptions({ fn: 'sigmoid', id: 'first-sigmoid' }).plot.id).toBe('first-sigmoid');
  });
});

describe('describeCurve(label, f, domain)', () => {
  test('names an extreme only when it lies inside the interval', () => {
    expect(describeCurve('x²', (x) => x * x, [-2, 3])).toBe('x² goes from 4 at x = −2 to 9 at x = 3, with a smallest value of 0 at x = 0.');
    expect(describeCurve('x', (x) => x, [0, 1])).toBe('x goes from 0 at x = 0 to 1 at x = 1.');
  });
});
