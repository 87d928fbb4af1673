/**
 * A plot an example printed (example-runtime/plot/), drawn and described: the
 * one function the build and the page both call, so an unedited run in the
 * page draws exactly the SVG the build inlined.
 */
import type { PlotData, SeriesData } from '../../example-runtime/plot/types.ts';
import { shortHash } from '../short-hash.ts';
import { n } from './function-figures.ts';
import { layoutPlot, type CurveData, type Point } from './plot.ts';
import { renderPlotSvg } from './render-svg.ts';

/** The series' continuous pieces: a `null` y (NaN or ±∞ in the example) ends one and starts the next. */
export function segmentsOf(series: Pick<SeriesData, 'x' | 'y'>): Point[][] {
  const segments: Point[][] = [];
  let current: Point[] = [];
  series.y.forEach((y, i) => {
    if (y === null) {
      if (current.length > 0) segments.push(current);
      current = [];
    } else current.push({ x: series.x[i]!, y });
  });
  if (current.length > 0) segments.push(current);
  return segments;
}

/** The finite y range of a series, or undefined when it has no finite value. */
export function yRange(series: Pick<SeriesData, 'y'>): [number, number] | undefined {
  let [lo, hi] = [Infinity, -Infinity];
  for (const y of series.y) if (y !== null) [lo, hi] = [Math.min(lo, y), Math.max(hi, y)];
  return lo <= hi ? [lo, hi] : undefined;
}

function describeSeries(s: SeriesData): string {
  const points = segmentsOf(s).flat();
  const first = points[0];
  const last = points.at(-1);
  const range = yRange(s);
  if (!first || !last || !range) return `${s.label} (${s.style}) has no finite value to draw.`;
  const gaps = Math.max(0, segmentsOf(s).length - 1);
  return (
    `${s.label} (${s.style}) goes from ${n(first.y)} at x = ${n(first.x)} to ${n(last.y)} at x = ${n(last.x)}, ` +
    `between ${n(range[0])} and ${n(range[1])}${gaps > 0 ? `, with ${gaps} ${gaps === 1 ? 'gap' : 'gaps'}` : ''}.`
  );
}

/** What the plot shows, in words computed from its data, for readers who cannot see it. */
export function describePlot(data: PlotData): string {
  const [a, b] = data.domain;
  const count = data.series.length;
  return [
    `A line plot of ${count} ${count === 1 ? 'series' : 'series'} for ${data.xLabel} from ${n(a)} to ${n(b)}.`,
    ...data.series.map(describeSeries),
    ...data.points.map((p) => `${p.open ? 'An open circle' : 'A dot'} marks (${n(p.x)}, ${n(p.y)})${p.label ? `, ${p.label}` : ''}.`),
    ...data.lines.map((l) => `A straight line${l.label ? `, ${l.label},` : ''} passes through (${n(l.x)}, ${n(l.y)}) with slope ${n(l.slope)}.`),
  ].join(' ');
}

/**
 * The inline SVG of a printed plot. Its ids derive from the data, so they are the same in the build and in
 * the page; `salt` separates two identical plots of one page.
 */
export function renderPlotData(data: PlotData, salt = ''): string {
  const curves: CurveData[] = data.series.map((s) => ({
    label: s.label,
    style: s.style,
    segments: segmentsOf(s),
    markers: s.markers.map((m) => ({ x: m.x, y: m.y, kind: m.open ? 'open' : 'closed' })),
  }));
  return renderPlotSvg(
    layoutPlot({
      id: `plot-${shortHash(JSON.stringify(data) + salt)}`,
      title: data.title,
      description: describePlot(data),
      domain: data.domain,
      xLabel: data.xLabel,
      yLabel: data.yLabel,
      curves,
      points: data.points,
      lines: data.lines,
    }),
  );
}
