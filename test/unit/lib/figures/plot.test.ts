import { describe, expect, test } from 'vitest';
import { sigmoid, sigmoidDerivative } from '../../../../src/activations/index.ts';
import { getActivationPlotOptions, type ActivationFigureOptions } from '../../../helpers/activation-figures.ts';
import { MAX_FONT_SIZE, plotFunctionAndDerivative, type Plot, type PlotOptions, type Tick } from '../../../../src/lib/figures/plot.ts';
import { inverters } from './svg-dom.ts';

const sigmoidOptions: PlotOptions = {
  id: 'test',
  title: 'The sigmoid and its derivative',
  description: '…',
  fn: { label: 'σ(x)', f: (x) => sigmoid(x) },
  derivative: { label: 'σ′(x)', f: (x) => sigmoidDerivative(x) },
};

/** Every figure the lessons can ask for, at the default and at some other domains. */
const figures: ActivationFigureOptions[] = [
  { fn: 'sigmoid' },
  { fn: 'sigmoid', domain: [-10, 10] },
  { fn: 'tanh' },
  { fn: 'tanh', domain: [-2.5, 3] },
  { fn: 'relu' },
  { fn: 'relu', domain: [-1, 4] },
  { fn: 'leaky-relu' },
  { fn: 'leaky-relu', alpha: 0.01 },
  { fn: 'leaky-relu', alpha: 0.3, domain: [-5, 2] },
];
const plotOf = (options: ActivationFigureOptions): Plot => plotFunctionAndDerivative(getActivationPlotOptions(options).plot);

/**
 * Rounds a value read back from the plot to 3 decimals: coordinates are rounded to 0.01 viewBox units,
 * about 1e-4 of the data range, so this recovers exact values such as 0, 1 and α.
 */
const r3 = (v: number): number => Math.round(v * 1000) / 1000 + 0;

/** A tick step d3 calls nice: 1, 2 or 5 times a power of ten. */
function isNiceStep(step: number): boolean {
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  return [1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-9);
}

function expectNiceTicks(ticks: readonly Tick[], domain: readonly [number, number]): void {
  expect(ticks.length).toBeGreaterThanOrEqual(4);
  expect(ticks.length).toBeLessThanOrEqual(10);
  const step = ticks[1]!.value - ticks[0]!.value;
  expect(isNiceStep(step), `step ${step}`).toBe(true);
  for (const t of ticks) {
    expect(t.value).toBeGreaterThanOrEqual(domain[0]);
    expect(t.value).toBeLessThanOrEqual(domain[1]);
    expect(Math.abs(t.value / step - Math.round(t.value / step)), `${t.value} is a multiple of ${step}`).toBeLessThan(1e-9);
  }
}

describe('plotFunctionAndDerivative(options)', () => {
  test.each(figures)('ticks are nice numbers inside the plotted domain: %j', (options) => {
    const plot = plotOf(options);
    expectNiceTicks(plot.x.ticks, plot.x.domain);
    expectNiceTicks(plot.y.ticks, plot.y.domain);
    expect(plot.x.domain).toEqual(options.domain ?? [-6, 6]);
  });

  test('sigmoid: y ticks run from 0 to 1 in steps of 0.2, labelled with one decimal', () => {
    const plot = plotFunctionAndDerivative(sigmoidOptions);
    expect(plot.y.ticks.map((t) => t.label)).toEqual(['0.0', '0.2', '0.4', '0.6', '0.8', '1.0']);
    expect(plot.x.ticks.map((t) => t.label)).toEqual(['−6', '−4', '−2', '0', '2', '4', '6']);
  });

  test.each(figures)('every point and marker lies inside the plot area: %j', (options) => {
    const { area, curves } = plotOf(options);
    for (const curve of curves) {
      for (const p of [...curve.segments.flat(), ...curve.markers]) {
        expect(p.x).toBeGreaterThanOrEqual(area.left);
        expect(p.x).toBeLessThanOrEqual(area.right);
        expect(p.y).toBeGreaterThanOrEqual(area.top);
        expect(p.y).toBeLessThanOrEqual(area.bottom);
      }
    }
  });

  test('samples densely enough for a smooth curve: consecutive points under 3 viewBox units apart in x', () => {
    const [fn] = plotFunctionAndDerivative(sigmoidOptions).curves;
    const xs = fn.segments[0]!.map((p) => p.x);
    expect(xs.length).toBeGreaterThanOrEqual(241);
    expect(Math.max(...xs.slice(1).map((x, i) => x - xs[i]!))).toBeLessThan(3);
  });

  test('the curves are the functions given: inverting the scales gives back f(x) and f′(x)', () => {
    const plot = plotFunctionAndDerivative(sigmoidOptions);
    const invert = inverters(plot);
    const [fn, derivative] = plot.curves;
    for (const [curve, f] of [[fn, sigmoid], [derivative!, sigmoidDerivative]] as const) {
      for (const p of curve.segments.flat()) {
        // Coordinates are rounded to 0.01 viewBox units; the slope of either curve is below 1 unit per unit.
        expect(Math.abs(invert.toY(f(invert.x(p.x))) - p.y), `x = ${invert.x(p.x)}`).toBeLessThan(0.02);
      }
    }
  });

  test('a kink is sampled exactly: ReLU has a vertex at (0, 0)', () => {
    const plot = plotOf({ fn: 'relu' });
    const invert = inverters(plot);
    const vertex = plot.curves[0].segments[0]!.find((p) => Math.abs(invert.x(p.x)) < 1e-9);
    expect(vertex && r3(invert.y(vertex.y))).toBe(0);
  });

  test('ReLU′: two segments, 0 then 1, a closed dot at (0, 0) and an open circle at (0, 1)', () => {
    const plot = plotOf({ fn: 'relu' });
    const invert = inverters(plot);
    const [fn, derivative] = [plot.curves[0], plot.curves[1]!];
    expect(fn.segments).toHaveLength(1);
    expect(derivative.segments).toHaveLength(2);
    const [left, right] = derivative.segments.map((s) => s.map((p) => ({ x: invert.x(p.x), y: invert.y(p.y) })));
    expect(left!.at(-1)!.x).toBeCloseTo(0, 9);
    expect(right![0]!.x).toBeCloseTo(0, 9);
    expect(new Set(left!.map((p) => r3(p.y)))).toEqual(new Set([0]));
    expect(new Set(right!.map((p) => r3(p.y)))).toEqual(new Set([1]));
    const markers = derivative.markers.map((m) => ({ kind: m.kind, x: r3(invert.x(m.x)), y: r3(invert.y(m.y)) }));
    expect(markers).toEqual([
      { kind: 'open', x: 0, y: 1 },
      { kind: 'closed', x: 0, y: 0 },
    ]);
  });

  test('leaky ReLU′ takes α at 0: closed dot at (0, α), open circle at (0, 1)', () => {
    const plot = plotOf({ fn: 'leaky-relu', alpha: 0.2 });
    const invert = inverters(plot);
    const markers = plot.curves[1]!.markers.map((m) => ({ kind: m.kind, y: r3(invert.y(m.y)) }));
    expect(markers).toEqual([
      { kind: 'open', y: 1 },
      { kind: 'closed', y: 0.2 },
    ]);
  });

  test('a value taken apart from both limits gets two open circles, and is inside the y range', () => {
    const step = (x: number) => (x < 0 ? 0 : x > 0 ? 1 : 3);
    const plot = plotFunctionAndDerivative({ ...sigmoidOptions, derivative: { label: 'g', f: step, discontinuities: [0] } });
    expect(plot.curves[1]!.markers.map((m) => m.kind)).toEqual(['open', 'open', 'closed']);
    expect(plot.y.domain[1]).toBeGreaterThanOrEqual(3);
  });

  test('a discontinuity at the end of the domain does not split the curve', () => {
    const plot = plotFunctionAndDerivative({ ...sigmoidOptions, domain: [0, 6], derivative: { label: 'g', f: sigmoidDerivative, discontinuities: [0] } });
    expect(plot.curves[1]!.segments).toHaveLength(1);
    expect(plot.curves[1]!.markers).toEqual([]);
  });

  test.each(figures)('the legend sits in a corner where no curve passes, even at the largest text size: %j', (options) => {
    const { legend, curves } = plotOf(options);
    const x0 = legend.anchor.x + legend.box.x * MAX_FONT_SIZE;
    const y0 = legend.anchor.y + legend.box.y * MAX_FONT_SIZE;
    const [x1, y1] = [x0 + legend.box.width * MAX_FONT_SIZE, y0 + legend.box.height * MAX_FONT_SIZE];
    const inside = curves.flatMap((c) => [...c.segments.flat(), ...c.markers]).filter((p) => p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1);
    expect(inside).toEqual([]);
    expect(legend.rows.map((r) => r.label)).toEqual(curves.map((c) => c.label));
  });

  test('rejects a domain or sample count it cannot plot, and a curve that is not finite', () => {
    expect(() => plotFunctionAndDerivative({ ...sigmoidOptions, domain: [6, -6] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: plotFunctionAndDerivative: domain is [6, -6], expected two finite numbers, the first smaller]`,
    );
    expect(() => plotFunctionAndDerivative({ ...sigmoidOptions, samples: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: plotFunctionAndDerivative: samples is 1, expected an integer ≥ 2]`,
    );
    expect(() => plotFunctionAndDerivative({ ...sigmoidOptions, fn: { label: 'log', f: Math.log }, domain: [-1, 1] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: plotFunctionAndDerivative: f(-1) is NaN, expected a finite number]`,
    );
  });
});
