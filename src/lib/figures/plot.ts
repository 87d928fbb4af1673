/**
 * The geometry of a line plot, computed from plain data: scales, ticks, the curves as SVG path data, the
 * markers at jump discontinuities, marked points, straight lines, and where the legend goes. `layoutPlot`
 * lays out any number of curves (the plots examples print through `course:plot`);
 * `plotFunctionAndDerivative` samples a function and its derivative for the figure components and lays
 * them out with it. Pure data in, pure data out, so the numbers can be tested without rendering;
 * `render-svg.ts` turns the result into markup, the same way at build time and in the page.
 *
 * Coordinates are in viewBox units (the SVG scales to the width of its container). Text sizes are *not*
 * decided here: the stylesheet enlarges them on narrow screens (see "Figures" in global.css), so every
 * space reserved for text below is sized for the largest of those font sizes, `MAX_FONT_SIZE`.
 */

import { scaleLinear, type ScaleLinear } from 'd3-scale';

/** One of the two curves: its legend label and the function to sample. */
export interface CurveSpec {
  /** The name in the legend, e.g. `σ(x)`. Plain text; it is escaped when rendered. */
  label: string;
  /** The function to plot. Called once per sample, at build time. */
  f: (x: number) => number;
  /**
   * x values where `f` jumps. The curve is broken there into separate segments, with a filled dot at
   * (x, f(x)) for the value taken at the point and an open circle at each one-sided limit that differs.
   * @default []
   * @example [0] // reluDerivative: 0 to the left, 1 to the right, 0 at 0
   */
  discontinuities?: readonly number[];
}

/** What a figure shows. */
export interface PlotOptions {
  /** A prefix for the `id`s of `<title>` and `<desc>`; must be unique on the page. */
  id: string;
  /** The accessible name, e.g. `The sigmoid σ(x) and its derivative σ′(x)`. */
  title: string;
  /** What the figure shows, in a sentence or two, for readers who cannot see it. */
  description: string;
  /** The function, drawn solid. */
  fn: CurveSpec;
  /** Its derivative, drawn dashed; a figure of the function alone has none. */
  derivative?: CurveSpec | undefined;
  /**
   * The x interval to plot, exactly. (The y interval is the curves' range, padded and rounded outwards
   * by d3's `nice()`.)
   * @default [-6, 6]
   */
  domain?: readonly [number, number];
  /**
   * Extra x values to sample exactly, so that a kink (ReLU at 0) is drawn as a sharp corner rather than
   * cut off by the chord between two neighbouring samples. Discontinuities are added automatically.
   * @default []
   */
  kinks?: readonly number[];
  /**
   * How many evenly spaced samples per curve. 241 is a sample every 0.05 on [−6, 6]: under a viewBox unit
   * apart, so the polyline reads as a smooth curve at any size the page shows it.
   * @default 241
   */
  samples?: number;
  /** @default 'x' */
  xLabel?: string;
  /** @default 'f(x)' */
  yLabel?: string;
}

export interface Point {
  x: number;
  y: number;
}

export interface Tick {
  value: number;
  /** Position along the axis, in viewBox units. */
  position: number;
  /** The label d3 formats for it, e.g. `−0.5` (with a true minus sign). */
  label: string;
}

export interface Marker extends Point {
  /** `closed`: the value taken at the point; `open`: a one-sided limit that is not taken. */
  kind: 'open' | 'closed';
}

/** How a curve is drawn; colour comes from its place in the list (`series`), style tells curves apart in greyscale. */
export type LineStyle = 'solid' | 'dashed';

export interface PlottedCurve {
  /** Set by `plotFunctionAndDerivative`, whose stylesheet classes (`plot-curve-fn`, `plot-curve-derivative`) predate series. */
  role?: 'fn' | 'derivative' | undefined;
  /** Its place among the curves, 0-based: picks its colour from the palette. */
  series: number;
  style: LineStyle;
  label: string;
  /** Continuous pieces, in viewBox units; one per interval between discontinuities. */
  segments: Point[][];
  /** SVG path data for each segment. */
  paths: string[];
  markers: Marker[];
}

/**
 * The legend: a box in one corner of the plot area. Its size is in em of the figure's text, not in viewBox
 * units, so it fits its labels at every font size the stylesheet sets; `anchor` is the corner it hangs from.
 */
export interface Legend {
  corner: 'top-left' | 'top-right' | 'bottom-right' | 'bottom-left';
  /** The corner of the box nearest the corner of the plot area, in viewBox units. */
  anchor: Point;
  /** The box, in em relative to `anchor` (negative x or y for the right or bottom corners). */
  box: { x: number; y: number; width: number; height: number };
  /** One row per curve, function first: a line sample from `swatch.x1` to `swatch.x2`, then the label. In em. */
  rows: LegendRow[];
}

/** One line of the legend: a curve (`series` set) or a labelled straight line (`series` undefined). In em. */
export interface LegendRow {
  role?: PlottedCurve['role'];
  series: number | undefined;
  style: LineStyle;
  label: string;
  y: number;
  swatch: { x1: number; x2: number };
  textX: number;
}

/** A marked point, in viewBox units, with its label (possibly empty). */
export interface PlottedPoint extends Marker {
  label: string;
}

/** A straight line clipped to the plot area, in viewBox units. */
export interface PlottedLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  label: string;
}

/** A figure ready to render: plain data, no functions. */
export interface Plot {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  /** The plot area, in viewBox units. */
  area: { left: number; top: number; right: number; bottom: number };
  /** Scale definitions: `scaleLinear().domain(x.domain).range(x.range)` maps data to viewBox units. */
  x: { domain: [number, number]; range: [number, number]; ticks: Tick[]; label: string };
  y: { domain: [number, number]; range: [number, number]; ticks: Tick[]; label: string };
  /** The curves in order: for `plotFunctionAndDerivative`, the function, then its derivative when there is one. */
  curves: [PlottedCurve, ...PlottedCurve[]];
  points: PlottedPoint[];
  lines: PlottedLine[];
  legend: Legend;
}

/** A curve to lay out, in data coordinates: continuous pieces (finite values only) and its jump markers. */
export interface CurveData {
  label: string;
  style: LineStyle;
  role?: PlottedCurve['role'];
  segments: Point[][];
  markers: Marker[];
}

/** Everything `layoutPlot` needs, in data coordinates. */
export interface LayoutInput {
  id: string;
  title: string;
  description: string;
  /** The x interval, kept exactly. */
  domain: readonly [number, number];
  xLabel: string;
  yLabel: string;
  curves: readonly CurveData[];
  points?: readonly { x: number; y: number; label: string; open: boolean }[];
  lines?: readonly { x: number; y: number; slope: number; label: string }[];
}

/** The viewBox: 16∶10, wide enough for a lesson column, and large enough that 14-unit text reads at desktop width. */
export const WIDTH = 640;
export const HEIGHT = 400;
/** The largest font size the stylesheet uses inside a figure (on phones), in viewBox units. */
export const MAX_FONT_SIZE = 24;
/** A generous average advance per character, as a fraction of the font size, for sizing boxes around text. */
const CHAR_WIDTH = 0.62;
/** Room for the y tick labels and the y-axis label; for the x tick labels and the x-axis label. */
const MARGIN = { top: 36, right: 16, bottom: 70, left: 80 } as const;
/** About how many ticks per axis: few enough that labels at `MAX_FONT_SIZE` never touch. */
const TICK_COUNT = { x: 6, y: 6 } as const;
/** Space kept empty above and below the y ticks, as a fraction of their range. */
const Y_PADDING = 0.05;
/** The legend's metrics in em: inner padding, line sample length, space before the label, row pitch. */
const LEGEND_EM = { padding: 0.5, swatch: 2.4, gap: 0.5, rowHeight: 1.4, charWidth: CHAR_WIDTH } as const;
/** Where the legend may go, in order of preference. */
const CORNERS: readonly Legend['corner'][] = ['top-left', 'top-right', 'bottom-right', 'bottom-left'];

/**
 * Lays out a figure of a function and its derivative over `domain`.
 *
 * @example
 * const plot = plotFunctionAndDerivative({
 *   id: 'sigmoid', title: 'The sigmoid and its derivative', description: '…',
 *   fn: { label: 'σ(x)', f: sigmoid }, derivative: { label: 'σ′(x)', f: sigmoidDerivative },
 * });
 * plot.y.ticks.map((t) => t.label); // returns ['0.0', '0.2', '0.4', '0.6', '0.8', '1.0']
 */
export function plotFunctionAndDerivative(options: PlotOptions): Plot {
  const { id, title, description, fn, derivative, domain = [-6, 6], kinks = [], samples = 241 } = options;
  checkOptions(domain, samples);
  const [x0, x1] = domain;
  const specs = derivative ? [fn, derivative] : [fn];
  const breaks = specs.flatMap((spec) => spec.discontinuities ?? []);
  const xs = sampleXs(x0, x1, samples, [...kinks, ...breaks]);
  const curves = specs.map((spec, i): CurveData => {
    const segments = sampleCurve(spec, xs, x0, x1);
    // A gap in one of these curves would otherwise go unnoticed (the API for examples draws gaps instead).
    for (const { x, y } of segments.flat()) if (!Number.isFinite(y)) throw new RangeError(`plotFunctionAndDerivative: f(${x}) is ${y}, expected a finite number`);
    return {
      label: spec.label,
      style: i === 0 ? 'solid' : 'dashed',
      role: i === 0 ? 'fn' : 'derivative',
      segments,
      markers: insideBreaks(spec, x0, x1).flatMap((d) => jumpMarkers(spec.f, d)),
    };
  });
  return layoutPlot({ id, title, description, domain, xLabel: options.xLabel ?? 'x', yLabel: options.yLabel ?? 'f(x)', curves });
}

/**
 * Lays out any line plot: N curves (colour by place, solid or dashed), marked points and straight lines,
 * on the same frame, ticks and legend as the function figures.
 */
export function layoutPlot(input: LayoutInput): Plot {
  const { id, title, description, domain, curves: data, points = [], lines = [] } = input;
  const area = { left: MARGIN.left, top: MARGIN.top, right: WIDTH - MARGIN.right, bottom: HEIGHT - MARGIN.bottom };
  // x keeps the author's domain exactly (no `nice()`): the description quotes values at its ends, and
  // [−5, 5] silently widened to [−6, 6] would surprise. Its ticks are still d3's round numbers inside it.
  const [x0, x1] = domain;
  const x = scaleLinear().domain([x0, x1]).range([area.left, area.right]);
  // The value taken at a jump need not equal either limit, so markers count towards the y range too.
  const inRange = points.filter((p) => p.x >= x0 && p.x <= x1);
  const y = scaleLinear()
    .domain(yDomain([...data.flatMap((c) => [...c.segments.flat(), ...c.markers]), ...inRange]))
    .range([area.bottom, area.top]);
  const [ylo, yhi] = y.domain() as [number, number];
  if (data.length === 0) throw new RangeError('layoutPlot: no curves to plot');
  const curves = data.map((c, i) => toPlotted(c, i, x, y)) as Plot['curves'];
  const plottedLines = lines.flatMap((l) => {
    const clipped = clipLine(l, [x0, x1], [ylo, yhi]);
    return clipped ? [{ x1: round(x(clipped[0])), y1: round(y(l.y + l.slope * (clipped[0] - l.x))), x2: round(x(clipped[1])), y2: round(y(l.y + l.slope * (clipped[1] - l.x))), label: l.label }] : [];
  });
  const plottedPoints = inRange.map((p) => ({ x: round(x(p.x)), y: round(y(p.y)), kind: p.open ? ('open' as const) : ('closed' as const), label: p.label }));
  return {
    id,
    title,
    description,
    width: WIDTH,
    height: HEIGHT,
    area,
    x: { domain: [x0, x1], range: [area.left, area.right], ticks: ticks(x, TICK_COUNT.x), label: input.xLabel },
    y: { domain: [ylo, yhi], range: [area.bottom, area.top], ticks: ticks(y, TICK_COUNT.y), label: input.yLabel },
    curves,
    points: plottedPoints,
    lines: plottedLines,
    legend: placeLegend(curves, plottedLines, plottedPoints, area),
  };
}

/** The x interval over which the line through (x, y) with `slope` lies inside the box, or undefined if it misses it. */
function clipLine(l: { x: number; y: number; slope: number }, [x0, x1]: readonly [number, number], [ylo, yhi]: readonly [number, number]): [number, number] | undefined {
  if (l.slope === 0) return l.y >= ylo && l.y <= yhi ? [x0, x1] : undefined;
  const [a, b] = [l.x + (ylo - l.y) / l.slope, l.x + (yhi - l.y) / l.slope];
  const [from, to] = [Math.max(x0, Math.min(a, b)), Math.min(x1, Math.max(a, b))];
  return from < to ? [from, to] : undefined;
}

function checkOptions(domain: readonly [number, number], samples: number): void {
  const [a, b] = domain;
  if (!(Number.isFinite(a) && Number.isFinite(b) && a < b)) {
    throw new RangeError(`plotFunctionAndDerivative: domain is [${a}, ${b}], expected two finite numbers, the first smaller`);
  }
  if (!(Number.isInteger(samples) && samples >= 2)) {
    throw new RangeError(`plotFunctionAndDerivative: samples is ${samples}, expected an integer ≥ 2`);
  }
}

/** `samples` evenly spaced xs on [x0, x1], plus the `extra` ones inside it, sorted and without repeats. */
function sampleXs(x0: number, x1: number, samples: number, extra: readonly number[]): number[] {
  const even = Array.from({ length: samples }, (_, i) => (i === samples - 1 ? x1 : x0 + ((x1 - x0) * i) / (samples - 1)));
  return [...new Set([...even, ...extra.filter((v) => v >= x0 && v <= x1)])].sort((a, b) => a - b);
}

/**
 * Samples `spec.f` at `xs`, in data coordinates, one segment per interval between its discontinuities.
 * A segment ends at a discontinuity with the one-sided limit, not with f there (see `oneSidedLimit`).
 */
function sampleCurve(spec: CurveSpec, xs: readonly number[], x0: number, x1: number): Point[][] {
  const breaks = insideBreaks(spec, x0, x1);
  const edges = [x0, ...breaks, x1];
  return edges.slice(1).map((end, i) => {
    const start = edges[i]!;
    const inside = xs.filter((v) => v > start && v < end).map((v) => ({ x: v, y: spec.f(v) }));
    const first = { x: start, y: i === 0 ? spec.f(start) : oneSidedLimit(spec.f, start, +1) };
    const last = { x: end, y: i === edges.length - 2 ? spec.f(end) : oneSidedLimit(spec.f, end, -1) };
    return [first, ...inside, last];
  });
}

/** The curve's discontinuities strictly inside (x0, x1), sorted, without repeats (one at an end is no break). */
function insideBreaks(spec: CurveSpec, x0: number, x1: number): number[] {
  return [...new Set(spec.discontinuities ?? [])].filter((d) => d > x0 && d < x1).sort((a, b) => a - b);
}

/**
 * The limit of f at `at` from the left (`side` −1) or right (+1), estimated as f a hair away. Exact for the
 * piecewise-constant derivatives we plot (ReLU and leaky ReLU); 1e-9 relative is far below a pixel.
 */
function oneSidedLimit(f: (x: number) => number, at: number, side: 1 | -1): number {
  return f(at + side * 1e-9 * Math.max(1, Math.abs(at)));
}

/**
 * The y interval: the range of all sampled ys, rounded outwards by `nice()` to the step the ticks will use
 * (so the extreme ticks sit at the extreme values, e.g. 0 and 1 for the sigmoid), then widened by
 * `Y_PADDING` on each side, so that no curve runs along the frame and the lowest y tick label stays clear
 * of the x tick labels. Throws on a non-finite sample: a gap in a curve would otherwise go unnoticed.
 */
function yDomain(points: readonly Point[]): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const { x, y } of points) {
    if (!Number.isFinite(y)) throw new RangeError(`plotFunctionAndDerivative: f(${x}) is ${y}, expected a finite number`);
    lo = Math.min(lo, y);
    hi = Math.max(hi, y);
  }
  if (lo > hi) [lo, hi] = [-1, 1]; // nothing finite to show: an empty frame around 0
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const [a, b] = scaleLinear().domain([lo, hi]).nice(TICK_COUNT.y).domain() as [number, number];
  const pad = (b - a) * Y_PADDING;
  return [a - pad, b + pad];
}

function ticks(scale: ScaleLinear<number, number>, count: number): Tick[] {
  const format = scale.tickFormat(count);
  return scale.ticks(count).map((value) => ({ value, position: round(scale(value)), label: format(value) }));
}

function toPlotted(c: CurveData, series: number, x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): PlottedCurve {
  const segments = c.segments.map((segment) => segment.map((p) => ({ x: round(x(p.x)), y: round(y(p.y)) })));
  const markers = c.markers.map((m) => ({ ...m, x: round(x(m.x)), y: round(y(m.y)) }));
  return { ...(c.role && { role: c.role }), series, style: c.style, label: c.label, segments, paths: segments.map(pathOf), markers };
}

/** A filled dot at (d, f(d)), and an open circle at each one-sided limit that f does not take at d. */
function jumpMarkers(f: (x: number) => number, d: number): Marker[] {
  const value = f(d);
  const limits = [oneSidedLimit(f, d, -1), oneSidedLimit(f, d, +1)].filter((l, i, all) => l !== value && all.indexOf(l) === i);
  return [...limits.map((l) => ({ x: d, y: l, kind: 'open' as const })), { x: d, y: value, kind: 'closed' as const }];
}

/**
 * Puts the legend in the first corner of the plot area that no curve passes through at the largest text
 * size. Falls back to the top-left corner (the legend has a background, so it stays legible over a curve).
 */
function placeLegend(curves: readonly PlottedCurve[], lines: readonly PlottedLine[], marked: readonly PlottedPoint[], area: Plot['area']): Legend {
  const { padding, swatch, gap, rowHeight, charWidth } = LEGEND_EM;
  const entries: Omit<LegendRow, 'y' | 'swatch' | 'textX'>[] = [
    ...curves.map((c) => ({ ...(c.role && { role: c.role }), series: c.series, style: c.style, label: c.label })),
    ...lines.filter((l) => l.label !== '').map((l) => ({ series: undefined, style: 'dashed' as const, label: l.label })),
  ];
  const longest = Math.max(0, ...entries.map((c) => [...c.label].length));
  const width = round(2 * padding + swatch + gap + longest * charWidth);
  const height = round(2 * padding + entries.length * rowHeight);
  const inset = 8;
  const points = [...curves.flatMap((c) => [...c.segments.flat(), ...c.markers]), ...marked];
  const layout = (corner: Legend['corner']) => {
    const left = corner.endsWith('left');
    const top = corner.startsWith('top');
    const anchor = { x: left ? area.left + inset : area.right - inset, y: top ? area.top + inset : area.bottom - inset };
    const box = { x: left ? 0 : -width, y: top ? 0 : -height, width, height };
    return { corner, anchor, box };
  };
  const clear = ({ anchor, box }: ReturnType<typeof layout>): boolean => {
    const [x0, y0] = [anchor.x + box.x * MAX_FONT_SIZE - 4, anchor.y + box.y * MAX_FONT_SIZE - 4];
    const [x1, y1] = [x0 + box.width * MAX_FONT_SIZE + 8, y0 + box.height * MAX_FONT_SIZE + 8];
    return !points.some((p) => p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1);
  };
  const chosen = CORNERS.map(layout).find(clear) ?? layout('top-left');
  const rows = entries.map((entry, i) => {
    const x = chosen.box.x + padding;
    const y = round(chosen.box.y + padding + (i + 0.5) * rowHeight);
    return { ...entry, y, swatch: { x1: x, x2: round(x + swatch) }, textX: round(x + swatch + gap) };
  });
  return { ...chosen, rows };
}

/**
 * SVG path data for a polyline whose points are already rounded: what d3-shape's `line().digits(2)` writes
 * (`M…L…`, and `Z` after a lone point), without its 4 KB gzip in the page that draws printed plots.
 */
function pathOf(points: readonly Point[]): string {
  if (points.length === 0) return '';
  return `M${points.map((p) => `${p.x},${p.y}`).join('L')}${points.length === 1 ? 'Z' : ''}`;
}

/** Two decimals of a viewBox unit: a hundredth of a pixel at desktop width, and short markup. */
function round(v: number): number {
  return Math.round(v * 100) / 100;
}
