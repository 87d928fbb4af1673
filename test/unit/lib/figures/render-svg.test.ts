import { describe, expect, test } from 'vitest';
import { relu, reluDerivative, sigmoid, sigmoidDerivative } from '../../../../src/activations/index.ts';
import { plotFunctionAndDerivative, type PlotOptions } from '../../../../src/lib/figures/plot.ts';
import { escapeXml, renderPlotSvg } from '../../../../src/lib/figures/render-svg.ts';
import { inverters, parseSvg, pathPoints } from './svg-dom.ts';

const sigmoidOptions: PlotOptions = {
  id: 'fig-sigmoid',
  title: 'The sigmoid σ(x) and its derivative σ′(x)',
  description: 'The sigmoid rises from 0 to 1, crossing 0.5 at x = 0; its derivative is a bump peaking at 0.25 at x = 0.',
  fn: { label: 'σ(x)', f: (x) => sigmoid(x) },
  derivative: { label: 'σ′(x)', f: (x) => sigmoidDerivative(x) },
};
const reluOptions: PlotOptions = {
  id: 'fig-relu',
  title: 'ReLU',
  description: '…',
  fn: { label: 'ReLU(x)', f: (x) => relu(x) },
  derivative: { label: 'ReLU′(x)', f: (x) => reluDerivative(x), discontinuities: [0] },
  kinks: [0],
};
const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent);

describe('renderPlotSvg(plot)', () => {
  test('is one responsive image, named by its <title> and described by its <desc>', () => {
    const svg = parseSvg(renderPlotSvg(plotFunctionAndDerivative(sigmoidOptions)));
    expect(svg.getAttribute('viewBox')).toBe('0 0 640 400');
    expect(svg.getAttribute('width')).toBe('100%');
    expect(svg.hasAttribute('height')).toBe(false);
    expect(svg.getAttribute('role')).toBe('img');
    const title = svg.querySelector(`[id="${svg.getAttribute('aria-labelledby')}"]`);
    const desc = svg.querySelector(`[id="${svg.getAttribute('aria-describedby')}"]`);
    expect(title?.tagName.toLowerCase()).toBe('title');
    expect(title?.textContent).toBe(sigmoidOptions.title);
    expect(desc?.tagName.toLowerCase()).toBe('desc');
    expect(desc?.textContent).toBe(sigmoidOptions.description);
    // The title is the first child, where SVG looks for an element's name (SVG 2, §5.9).
    expect(svg.firstElementChild).toBe(title);
  });

  test('escapes every piece of text: title, description, labels and ids', () => {
    const evil = `<script>alert("x")</script> & 'q'`;
    const html = renderPlotSvg(
      plotFunctionAndDerivative({
        ...sigmoidOptions,
        id: `a"b`,
        title: evil,
        description: evil,
        xLabel: evil,
        yLabel: evil,
        fn: { ...sigmoidOptions.fn, label: evil },
      }),
    );
    const svg = parseSvg(html);
    expect(svg.querySelector('script')).toBeNull();
    expect(svg.querySelector('title')?.textContent).toBe(evil);
    expect(svg.querySelector('desc')?.textContent).toBe(evil);
    expect(texts(svg, '.plot-axis-label')).toEqual([evil, evil]);
    expect(texts(svg, '.plot-legend-label')[0]).toBe(evil);
    expect(svg.getAttribute('aria-labelledby')).toBe('a"b-title');
  });

  test('the legend names both curves, function first, each beside a sample of its line', () => {
    const svg = parseSvg(renderPlotSvg(plotFunctionAndDerivative(sigmoidOptions)));
    expect(texts(svg, '.plot-legend .plot-legend-label')).toEqual(['σ(x)', 'σ′(x)']);
    expect(svg.querySelectorAll('.plot-legend .plot-curve-fn line.plot-line')).toHaveLength(1);
    expect(svg.querySelectorAll('.plot-legend .plot-curve-derivative line.plot-line')).toHaveLength(1);
  });

  test('the tick labels are the ones d3 computed, under the x axis and beside the y axis', () => {
    const plot = plotFunctionAndDerivative(sigmoidOptions);
    const svg = parseSvg(renderPlotSvg(plot));
    const labels = texts(svg, '.plot-tick-label');
    expect(labels).toEqual([...plot.x.ticks, ...plot.y.ticks].map((t) => t.label));
    expect(labels).toContain('−6');
    expect(texts(svg, '.plot-axis-label')).toEqual(['x', 'f(x)']);
  });

  test('the dashed curve is the library derivative: each vertex, read back through the scales, is sigmoidDerivative(x)', () => {
    const plot = plotFunctionAndDerivative(sigmoidOptions);
    const svg = parseSvg(renderPlotSvg(plot));
    const invert = inverters(plot);
    const paths = svg.querySelectorAll('.plot-curve-derivative > path.plot-line');
    expect(paths).toHaveLength(1);
    const points = pathPoints(paths[0]!.getAttribute('d')!);
    expect(points.length).toBeGreaterThanOrEqual(241);
    for (const p of points) {
      const x = invert.x(p.x);
      expect(Math.abs(invert.toY(sigmoidDerivative(x)) - p.y), `x = ${x}`).toBeLessThan(0.02);
    }
    // …and the peak is where the lesson says: 0.25 at x = 0.
    const peak = points.reduce((a, b) => (b.y < a.y ? b : a));
    expect(invert.x(peak.x)).toBeCloseTo(0, 3);
    expect(invert.y(peak.y)).toBeCloseTo(0.25, 3);
  });

  test('a jump splits the derivative into two paths, with an open and a closed marker at 0', () => {
    const plot = plotFunctionAndDerivative(reluOptions);
    const svg = parseSvg(renderPlotSvg(plot));
    const invert = inverters(plot);
    expect(svg.querySelectorAll('.plot-curve-fn > path.plot-line')).toHaveLength(1);
    const paths = [...svg.querySelectorAll('.plot-curve-derivative > path.plot-line')].map((p) => pathPoints(p.getAttribute('d')!));
    expect(paths).toHaveLength(2);
    expect(paths.map((points) => [...new Set(points.map((p) => Math.round(invert.y(p.y) * 1000) / 1000 + 0))])).toEqual([[0], [1]]);
    const marker = (kind: string) => {
      const circle = svg.querySelector(`.plot-curve-derivative circle.plot-marker-${kind}`);
      return circle && [invert.x(Number(circle.getAttribute('cx'))), invert.y(Number(circle.getAttribute('cy')))].map((v) => Math.round(v * 1000) / 1000 + 0);
    };
    expect(marker('closed')).toEqual([0, 0]);
    expect(marker('open')).toEqual([0, 1]);
    expect(svg.querySelectorAll('circle')).toHaveLength(2);
  });

  test('draws the derivative dashed and the function solid even without the stylesheet', () => {
    const svg = parseSvg(renderPlotSvg(plotFunctionAndDerivative(reluOptions)));
    for (const line of svg.querySelectorAll('.plot-curve-derivative .plot-line')) expect(line.getAttribute('stroke-dasharray')).toBe('7 5');
    for (const line of svg.querySelectorAll('.plot-curve-fn .plot-line')) expect(line.hasAttribute('stroke-dasharray')).toBe(false);
  });
});

describe('escapeXml(text)', () => {
  test('escapes the five characters that can end a text node or an attribute', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toMatchInlineSnapshot(`"&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"`);
    expect(escapeXml('σ′(x) ≤ 0.25')).toBe('σ′(x) ≤ 0.25');
  });
});
