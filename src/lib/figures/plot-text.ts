/**
 * The text form of a printed plot: what an example's output fence holds for
 * it, so a change in what a plot shows fails the build with a diff like any
 * other output, and `examples:update` rewrites it. One header line, then one
 * indented line per series, point and straight line (README, "Plots"):
 *
 *   <Plot "The sigmoid σ(x) and its derivative σ′(x)": x −6…6, y 0.00247…0.998>
 *     σ(x): solid, 241 points, y 0.00247…0.998
 *     σ′(x): dashed, 241 points, y 0.00247…0.25
 *     point (0, 0.5) σ(0)
 *     line through (0, 0.5), slope 0.25: tangent
 *
 * Numbers have three significant digits, so the form is stable across
 * last-digit changes in floating point but not across a change a reader sees.
 */
import type { PlotData, SeriesData } from '../../example-runtime/plot/types.ts';
import { n } from './function-figures.ts';
import { segmentsOf, yRange } from './plot-data.ts';

function range(r: readonly [number, number] | undefined): string {
  return r ? `${n(r[0])}…${n(r[1])}` : 'none';
}

function seriesLine(s: SeriesData): string {
  const gaps = Math.max(0, segmentsOf(s).length - 1);
  const parts = [
    s.style,
    `${s.count} ${s.count === 1 ? 'point' : 'points'}`,
    ...(s.downsampled ? [`downsampled to ${s.x.length}`] : []),
    ...(gaps > 0 ? [`${gaps} ${gaps === 1 ? 'gap' : 'gaps'}`] : []),
    `y ${range(yRange(s))}`,
  ];
  return `  ${s.label}: ${parts.join(', ')}`;
}

export function plotText(data: PlotData): string {
  const ys = data.series.flatMap((s) => yRange(s) ?? []);
  const all = ys.length === 0 ? undefined : ([Math.min(...ys), Math.max(...ys)] as const);
  return [
    `<Plot ${JSON.stringify(data.title)}: x ${range(data.domain)}, y ${range(all)}>`,
    ...data.series.map(seriesLine),
    ...data.points.map((p) => `  ${p.open ? 'open point' : 'point'} (${n(p.x)}, ${n(p.y)})${p.label ? ` ${p.label}` : ''}`),
    ...data.lines.map((l) => `  line through (${n(l.x)}, ${n(l.y)}), slope ${n(l.slope)}${l.label ? `: ${l.label}` : ''}`),
  ].join('\n');
}
