/**
 * The types of `course:plot`: what an example writes (`PlotSpec`) and the pure
 * data a plot becomes (`PlotData`), which is what travels from the run to the
 * build and the page as one printed line (see marker.ts).
 */

/** How a series is drawn. Colour follows the series' place in the list; style tells series apart in greyscale too. */
export type LineStyle = 'solid' | 'dashed';

/** A function, sampled by `plot` over the domain. */
export interface FunctionSeries {
  /** The name in the legend. @default `series <n>` */
  label?: string;
  /** Called once per sample; a NaN or ±∞ result leaves a gap in the curve. */
  f: (x: number) => number;
  /** @default 'solid' */
  style?: LineStyle;
  /**
   * x values where `f` jumps: the curve is broken there, with a filled dot at f(x) and an open circle at
   * each one-sided limit that differs. @default []
   * @example [0] // the derivative of ReLU
   */
  breaks?: readonly number[];
}

/** Points given as two arrays of equal length, joined in order. */
export interface DataSeries {
  /** @default `series <n>` */
  label?: string;
  x: readonly number[];
  /** A NaN or ±∞ value leaves a gap. */
  y: readonly number[];
  /** @default 'solid' */
  style?: LineStyle;
}

export type Series = FunctionSeries | DataSeries;

/** A marked point, e.g. where a tangent touches. */
export interface PlotPoint {
  x: number;
  y: number;
  label?: string;
  /** An open circle (a value not taken) instead of a filled dot. @default false */
  open?: boolean;
}

/** A straight line through (x, y) with the given slope, across the whole plot: a tangent, an asymptote. */
export interface PlotLine {
  x: number;
  y: number;
  slope: number;
  label?: string;
}

/** What an example passes to `plot`. */
export interface PlotSpec {
  /** The figure's accessible name. @default the series' labels joined with "and" */
  title?: string;
  /** @default 'x' */
  xLabel?: string;
  /** @default 'y' */
  yLabel?: string;
  /** The x interval, exactly. @default [-6, 6] with a function series, else the data's x range */
  domain?: readonly [number, number];
  /** Evenly spaced samples per function series (more are downsampled for drawing). @default 241 */
  samples?: number;
  series: readonly Series[];
  points?: readonly PlotPoint[];
  lines?: readonly PlotLine[];
}

/** A marker a series carries at a jump: filled at the value taken, open at a limit not taken. */
export interface SeriesMarker {
  x: number;
  y: number;
  open: boolean;
}

/** One series as data: parallel arrays, `null` for a gap (JSON has no NaN). */
export interface SeriesData {
  label: string;
  style: LineStyle;
  x: number[];
  y: (number | null)[];
  /** How many finite points the series had before any downsampling. */
  count: number;
  /** True when `x`/`y` hold fewer points than `count` (see `MAX_POINTS`). */
  downsampled: boolean;
  markers: SeriesMarker[];
}

/** A plot as pure data: everything needed to draw it or describe it, no functions. */
export interface PlotData {
  title: string;
  xLabel: string;
  yLabel: string;
  domain: [number, number];
  series: SeriesData[];
  points: { x: number; y: number; label: string; open: boolean }[];
  lines: { x: number; y: number; slope: number; label: string }[];
}
