/**
 * `plot(spec)`: checks what the example asked for, turns it into pure data and
 * prints it as one marker line (marker.ts). It throws a plain Error for input
 * that cannot be drawn, so the example fails at the line that called it, at
 * build time and in the page alike.
 */
import { encodePlotLine } from './marker.ts';
import { dataPoints, downsample, sampleFunction } from './sample.ts';
import type { PlotData, PlotSpec, Series, SeriesData } from './types.ts';

const DEFAULT_DOMAIN: readonly [number, number] = [-6, 6];
/** A sample every 0.05 on [−6, 6]: under a viewBox unit apart, so the polyline reads as a smooth curve. */
const DEFAULT_SAMPLES = 241;
/** More than a million function samples is a typo, and would hold the page for seconds. */
const MAX_SAMPLES = 1_000_000;

function fail(message: string): never {
  throw new Error(`plot: ${message}`);
}

function isFunctionSeries(series: Series): series is Extract<Series, { f: unknown }> {
  return 'f' in series;
}

function checkDomain(domain: readonly [number, number]): [number, number] {
  const [a, b] = domain;
  if (!(typeof a === 'number' && typeof b === 'number' && Number.isFinite(a) && Number.isFinite(b) && a < b)) {
    fail(`the domain is [${String(a)}, ${String(b)}]; expected [min, max], two finite numbers with min < max`);
  }
  return [a, b];
}

/** The x interval: the author's, else [−6, 6] when a function is plotted, else the data's finite x range. */
function domainOf(spec: PlotSpec): [number, number] {
  if (spec.domain) return checkDomain(spec.domain);
  if (spec.series.some(isFunctionSeries)) return [...DEFAULT_DOMAIN];
  const xs = spec.series.flatMap((s) => ('x' in s ? s.x.filter((v) => Number.isFinite(v)) : []));
  if (xs.length === 0) fail('no series has a finite x value to plot');
  let [lo, hi] = [Infinity, -Infinity];
  for (const v of xs) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

/** Fails with the series' place and label when it is neither a function nor two equal, non-empty arrays. */
function checkSeries(series: Series, index: number): void {
  const label = series.label ?? `series ${index + 1}`;
  if (isFunctionSeries(series)) {
    if (typeof series.f !== 'function') fail(`series ${index + 1} (${label}): f is ${typeof series.f}, expected a function of x`);
    return;
  }
  if (!Array.isArray(series.x) || !Array.isArray(series.y)) fail(`series ${index + 1} (${label}): expected { f } or { x: number[], y: number[] }`);
  if (series.x.length !== series.y.length) fail(`series ${index + 1} (${label}): x has ${series.x.length} values and y ${series.y.length}; expected as many of each`);
  if (series.x.length === 0) fail(`series ${index + 1} (${label}) is empty; give it at least one point`);
}

function seriesData(series: Series, index: number, domain: [number, number], samples: number): SeriesData {
  const sampled = isFunctionSeries(series) ? sampleFunction(series, domain, samples) : dataPoints(series, domain);
  const count = sampled.y.filter((v) => v !== null).length;
  const drawn = downsample(sampled);
  return {
    label: series.label ?? `series ${index + 1}`,
    style: series.style === 'dashed' ? 'dashed' : 'solid',
    ...drawn,
    count,
    downsampled: drawn.x.length < sampled.x.length,
  };
}

/** `a`, `a and b`, `a, b and c`. */
function listed(labels: readonly string[]): string {
  return labels.length < 2 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)!}`;
}

/** The plot as data, without printing it: for tests, and for code that wants to inspect what would be drawn. */
export function plotData(spec: PlotSpec): PlotData {
  if (typeof spec !== 'object' || spec === null || !Array.isArray(spec.series)) fail('expected plot({ series: [...] })');
  if (spec.series.length === 0) fail('`series` is empty; give at least one, e.g. { f: Math.tanh } or { x: [0, 1], y: [0, 1] }');
  const samples = spec.samples ?? DEFAULT_SAMPLES;
  if (!(Number.isInteger(samples) && samples >= 2 && samples <= MAX_SAMPLES)) fail(`samples is ${samples}; expected a whole number from 2 to ${MAX_SAMPLES}`);
  spec.series.forEach(checkSeries);
  const domain = domainOf(spec);
  const series = spec.series.map((s, i) => seriesData(s, i, domain, samples));
  const finiteOr = (v: number, what: string) => (Number.isFinite(v) ? v : fail(`${what} is ${v}; expected a finite number`));
  return {
    title: spec.title ?? listed(series.map((s) => s.label)),
    xLabel: spec.xLabel ?? 'x',
    yLabel: spec.yLabel ?? 'y',
    domain,
    series,
    points: (spec.points ?? []).map((p, i) => ({
      x: finiteOr(p.x, `points[${i}].x`),
      y: finiteOr(p.y, `points[${i}].y`),
      label: p.label ?? '',
      open: p.open === true,
    })),
    lines: (spec.lines ?? []).map((l, i) => ({
      x: finiteOr(l.x, `lines[${i}].x`),
      y: finiteOr(l.y, `lines[${i}].y`),
      slope: finiteOr(l.slope, `lines[${i}].slope`),
      label: l.label ?? '',
    })),
  };
}

/**
 * Draws a plot under the example, where it is called, in order with what it prints.
 *
 * @example
 * plot({ title: 'tanh', series: [{ label: 'tanh(x)', f: Math.tanh }] });
 */
export function plot(spec: PlotSpec): void {
  console.log(encodePlotLine(plotData(spec)));
}
