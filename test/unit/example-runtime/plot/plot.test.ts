import { describe, expect, test, vi } from 'vitest';
import { plot, plotData } from '../../../../src/example-runtime/plot/index.ts';
import { PLOT_MARKER, parsePlotLine } from '../../../../src/example-runtime/plot/marker.ts';
import { MAX_POINTS } from '../../../../src/example-runtime/plot/sample.ts';
import { renderPlotData } from '../../../../src/lib/figures/plot-data.ts';
import { plotText } from '../../../../src/lib/figures/plot-text.ts';
import { outputParts, withPlotText } from '../../../../src/integration/examples/plot-output.ts';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe('plot(spec)', () => {
  test('prints the plot as one marker line, through console.log', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    plot({ series: [{ label: 'σ(x)', f: sigmoid }] });
    expect(log).toHaveBeenCalledTimes(1);
    const line = log.mock.calls[0]![0] as string;
    log.mockRestore();
    expect(line.startsWith(PLOT_MARKER)).toBe(true);
    expect(line).not.toContain('\n');
    expect(parsePlotLine(line)?.series[0]?.label).toBe('σ(x)');
  });
});

describe('plotData(spec)', () => {
  test('samples a function 241 times over [−6, 6] by default', () => {
    const data = plotData({ series: [{ label: 'σ(x)', f: sigmoid }] });
    expect(data.domain).toEqual([-6, 6]);
    expect(data.series[0]!.x).toHaveLength(241);
    expect(data.series[0]!.x[120]).toBe(0);
  });

  test('NaN and ±∞ become gaps (null), not a broken path', () => {
    const data = plotData({ domain: [-2, 2], samples: 5, series: [{ f: (x) => (x === 0 ? NaN : x === 1 ? Infinity : x === -1 ? -Infinity : x) }] });
    expect(data.series[0]!.y).toEqual([-2, null, null, null, 2]);
    const svg = renderPlotData(data);
    // Two single points: two paths, none through the gap.
    expect(svg.match(/class="plot-line" d="/g)).toHaveLength(2);
    expect(svg).not.toContain('NaN');
    expect(svg).not.toContain('Infinity');
  });

  test('a break splits the curve, with a filled dot at the value taken and an open circle at the other limit', () => {
    const data = plotData({ domain: [-1, 1], samples: 3, series: [{ f: (x) => (x > 0 ? 1 : 0), breaks: [0] }] });
    expect(data.series[0]!.y).toEqual([0, 0, null, 1, 1]);
    expect(data.series[0]!.markers).toEqual([
      { x: 0, y: 1, open: true },
      { x: 0, y: 0, open: false },
    ]);
  });

  test('10⁶ points are downsampled to at most MAX_POINTS, keeping the extremes, and the text form says so', () => {
    const n = 1_000_000;
    const x = Array.from({ length: n }, (_, i) => i);
    const y = x.map((i) => (i === 500_123 ? 10 : Math.sin(i / 1000)));
    const started = performance.now();
    const data = plotData({ series: [{ label: 'big', x, y }] });
    const svg = renderPlotData(data);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(data.series[0]!.x.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(Math.max(...data.series[0]!.y.map((v) => v ?? -Infinity))).toBe(10);
    expect(plotText(data)).toContain('big: solid, 1000000 points, downsampled to');
    expect(svg.length).toBeLessThan(200_000);
  });

  test('input that cannot be drawn is a clear Error', () => {
    expect(() => plotData({ series: [] })).toThrowErrorMatchingInlineSnapshot(`[Error: plot: \`series\` is empty; give at least one, e.g. { f: Math.tanh } or { x: [0, 1], y: [0, 1] }]`);
    expect(() => plotData({ domain: [1, 1], series: [{ f: sigmoid }] })).toThrowErrorMatchingInlineSnapshot(
      `[Error: plot: the domain is [1, 1]; expected [min, max], two finite numbers with min < max]`,
    );
    expect(() => plotData({ domain: [2, -2], series: [{ f: sigmoid }] })).toThrow('plot: the domain is [2, -2]');
    expect(() => plotData({ series: [{ x: [1, 2], y: [1] }] })).toThrowErrorMatchingInlineSnapshot(
      `[Error: plot: series 1 (series 1): x has 2 values and y 1; expected as many of each]`,
    );
    expect(() => plotData({ series: [{ x: [], y: [] }] })).toThrow('plot: series 1 (series 1) is empty');
    expect(() => plotData({ samples: 1, series: [{ f: sigmoid }] })).toThrow('plot: samples is 1');
    expect(() => plotData({ series: [{ f: sigmoid }], points: [{ x: NaN, y: 0 }] })).toThrow('plot: points[0].x is NaN');
  });

  test('a label containing <script> is inert text in the SVG', () => {
    const svg = renderPlotData(plotData({ title: '<script>alert(1)</script>', series: [{ label: '<script>x</script>', f: sigmoid }] }));
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;x&lt;/script&gt;');
  });

  test('points, straight lines and up to five colours', () => {
    const data = plotData({
      series: [1, 2, 3, 4, 5, 6].map((k) => ({ label: `x^${k}`, f: (x: number) => x ** k / 6 ** k })),
      points: [{ x: 0, y: 0, label: 'origin' }],
      lines: [{ x: 0, y: 0, slope: 0.1, label: 'tangent' }],
    });
    const svg = renderPlotData(data);
    for (const k of [0, 1, 2, 3, 4]) expect(svg).toContain(`plot-series-${k}`);
    expect(svg).not.toContain('plot-series-5');
    expect(svg).toContain('class="plot-guide"');
    expect(svg).toContain('>origin</text>');
    expect(svg).toContain('>tangent</text>');
  });
});

describe('the text form', () => {
  test('a header line, then a line per series, point and straight line, numbers to 3 significant digits', () => {
    const data = plotData({
      title: 'The sigmoid σ(x) and its derivative σ′(x)',
      series: [
        { label: 'σ(x)', f: sigmoid },
        { label: 'σ′(x)', f: (x) => sigmoid(x) * (1 - sigmoid(x)), style: 'dashed' },
      ],
      points: [{ x: 0, y: 0.5, label: 'σ(0)' }],
      lines: [{ x: 0, y: 0.5, slope: 0.25, label: 'tangent' }],
    });
    expect(plotText(data)).toMatchInlineSnapshot(`
      "<Plot "The sigmoid σ(x) and its derivative σ′(x)": x −6…6, y 0.00247…0.998>
        σ(x): solid, 241 points, y 0.00247…0.998
        σ′(x): dashed, 241 points, y 0.00247…0.25
        point (0, 0.5) σ(0)
        line through (0, 0.5), slope 0.25: tangent"
    `);
  });

  test('printed output: plot lines become their text form, in order with the printed text', () => {
    const line = `${PLOT_MARKER}${JSON.stringify(plotData({ title: 't', domain: [0, 1], samples: 2, series: [{ label: 'id', f: (x) => x }] }))}`;
    const output = `before\n${line}\nafter`;
    expect(withPlotText(output)).toBe('before\n<Plot "t": x 0…1, y 0…1>\n  id: solid, 2 points, y 0…1\nafter');
    expect(outputParts(output).map((part) => part.kind)).toEqual(['text', 'plot', 'text']);
    expect(outputParts(`${PLOT_MARKER}not json`)).toEqual([{ kind: 'text', text: `${PLOT_MARKER}not json` }]);
  });
});
