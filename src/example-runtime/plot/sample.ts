/**
 * Turns the series an example gives into drawable data: functions sampled over
 * the domain (with exact samples and markers at their jumps), non-finite values
 * kept as gaps, and long series downsampled so a plot of a million points stays
 * a small line and a quick drawing.
 */
import type { DataSeries, FunctionSeries, SeriesData, SeriesMarker } from './types.ts';

/** The most points a series is drawn with: far more than a 1280-px-wide figure can show. */
export const MAX_POINTS = 5000;

type Sampled = Pick<SeriesData, 'x' | 'y' | 'markers'>;

function finite(y: number): number | null {
  return Number.isFinite(y) ? y : null;
}

/** The limit of f at `at` from one side, estimated a hair away (exact for the step functions plotted here). */
function oneSidedLimit(f: (x: number) => number, at: number, side: 1 | -1): number {
  return f(at + side * 1e-9 * Math.max(1, Math.abs(at)));
}

/** Samples f at `samples` even xs on [x0, x1] and exactly at each break inside it; a break splits the curve. */
export function sampleFunction(series: FunctionSeries, [x0, x1]: readonly [number, number], samples: number): Sampled {
  const breaks = [...new Set(series.breaks ?? [])].filter((d) => d > x0 && d < x1).toSorted((a, b) => a - b);
  const even = Array.from({ length: samples }, (_, i) => (i === samples - 1 ? x1 : x0 + ((x1 - x0) * i) / (samples - 1)));
  const x: number[] = [];
  const y: (number | null)[] = [];
  const markers: SeriesMarker[] = [];
  let next = 0;
  for (const v of even) {
    while (next < breaks.length && breaks[next]! <= v) {
      const d = breaks[next++]!;
      const [left, right, value] = [oneSidedLimit(series.f, d, -1), oneSidedLimit(series.f, d, 1), series.f(d)];
      x.push(d, d, d);
      y.push(finite(left), null, finite(right));
      for (const limit of new Set([left, right])) if (limit !== value && Number.isFinite(limit)) markers.push({ x: d, y: limit, open: true });
      if (Number.isFinite(value)) markers.push({ x: d, y: value, open: false });
    }
    if (breaks.includes(v)) continue;
    x.push(v);
    y.push(finite(series.f(v)));
  }
  return { x, y, markers };
}

/** The given points; one with a non-finite value, or outside the domain, becomes a gap (so nothing is drawn off the frame). */
export function dataPoints(series: DataSeries, [x0, x1]: readonly [number, number]): Sampled {
  const inside = (x: number) => Number.isFinite(x) && x >= x0 && x <= x1;
  return { x: series.x.map((x) => (Number.isFinite(x) ? x : 0)), y: series.y.map((y, i) => (inside(series.x[i]!) ? finite(y) : null)), markers: [] };
}

/**
 * At most `MAX_POINTS` points: the xs are cut into buckets and each keeps its lowest and highest point, in
 * order, so spikes survive; a bucket with a gap in it becomes a gap.
 */
export function downsample({ x, y, markers }: Sampled): Sampled {
  if (x.length <= MAX_POINTS) return { x, y, markers };
  const size = Math.ceil(x.length / (MAX_POINTS / 2));
  const out: Sampled = { x: [], y: [], markers };
  for (let start = 0; start < x.length; start += size) {
    const end = Math.min(start + size, x.length);
    let lo = -1;
    let hi = -1;
    let gap = false;
    for (let i = start; i < end; i++) {
      const v = y[i];
      if (v === null || v === undefined) {
        gap = true;
        break;
      }
      if (lo < 0 || v < y[lo]!) lo = i;
      if (hi < 0 || v > y[hi]!) hi = i;
    }
    if (gap) {
      out.x.push(x[start]!);
      out.y.push(null);
      continue;
    }
    for (const i of lo === hi ? [lo] : [Math.min(lo, hi), Math.max(lo, hi)]) {
      out.x.push(x[i]!);
      out.y.push(y[i]!);
    }
  }
  return out;
}
