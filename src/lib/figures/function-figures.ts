/**
 * A figure of any scalar function and (optionally) its derivative, as the
 * `<FunctionFigure>` and `<FunctionExplorer>` components draw it: the plot
 * options, and the words a screen reader hears instead of seeing it. The
 * numbers in those words are computed from the functions, so a change to the
 * course's code shows up in the text.
 */
import { shortHash } from '../short-hash.ts';
import type { PlotOptions } from './plot.ts';

type Scalar = (x: number) => number;

/** What a figure shows, once its functions are in hand. */
export interface FunctionFigureSpec {
  f: Scalar;
  df?: Scalar | undefined;
  /** The function's name in the legend. @default 'f(x)' */
  label?: string | undefined;
  /** The derivative's name in the legend. @default "f′(x)" */
  derivativeLabel?: string | undefined;
  /** The x interval to plot. @default [-6, 6] */
  domain?: readonly [number, number] | undefined;
  /** The accessible name. @default "<label> and its derivative <derivativeLabel>" */
  title?: string | undefined;
  /** x values where the derivative jumps (drawn with a filled dot and an open circle). @default [] */
  discontinuities?: readonly number[] | undefined;
  /** An id prefix, unique on the page. @default derived from the options */
  id?: string | undefined;
}

/** A number for prose: three significant digits, a true minus sign, and no `-0`. */
export function n(value: number): string {
  return String(Number(value.toPrecision(3)) + 0).replace('-', '−');
}

/**
 * Keeps a short formula on one line of the caption: spaces become no-break spaces, and a word joiner after
 * each prime stops browsers breaking `ReLU′(x)` between `′` and `(` (UAX #14 allows a break there).
 */
export function nb(formula: string): string {
  return formula.replaceAll(' ', '\u00a0').replaceAll('′', '′\u2060');
}

/** Where `f` is smallest and largest on 241 samples of [a, b]. */
function extremes(f: Scalar, a: number, b: number): { min: [number, number]; max: [number, number] } {
  let min: [number, number] = [a, f(a)];
  let max: [number, number] = [a, f(a)];
  for (let i = 0; i <= 240; i++) {
    const x = a + ((b - a) * i) / 240;
    const y = f(x);
    if (y < min[1]) min = [x, y];
    if (y > max[1]) max = [x, y];
  }
  return { min, max };
}

/** One sentence about a curve: where it starts and ends, and its extremes when they are inside the interval. */
export function describeCurve(label: string, f: Scalar, [a, b]: readonly [number, number]): string {
  const { min, max } = extremes(f, a, b);
  const start = `${label} goes from ${n(f(a))} at x = ${n(a)} to ${n(f(b))} at x = ${n(b)}`;
  const inside = (x: number) => x > a && x < b;
  const turns = [
    inside(max[0]) ? `a largest value of ${n(max[1])} at x = ${n(max[0])}` : undefined,
    inside(min[0]) ? `a smallest value of ${n(min[1])} at x = ${n(min[0])}` : undefined,
  ].filter(Boolean);
  return `${start}${turns.length > 0 ? `, with ${turns.join(' and ')}` : ''}.`;
}

/** The plot of a figure, and its default caption (not yet escaped). */
export function getFunctionPlotOptions(spec: FunctionFigureSpec): { plot: PlotOptions; caption: string } {
  const domain = spec.domain ?? [-6, 6];
  const label = spec.label ?? 'f(x)';
  const derivativeLabel = spec.derivativeLabel ?? 'f′(x)';
  const discontinuities = spec.discontinuities ?? [];
  const df = spec.df;
  const id = spec.id ?? `function-figure-${shortHash(JSON.stringify([label, derivativeLabel, domain, discontinuities]))}`;
  const title = spec.title ?? (df ? `${label} and its derivative ${derivativeLabel}` : label);
  const jumps = discontinuities.map((x) => `At x = ${n(x)} the derivative jumps; a filled dot marks the value taken there, ${n(df?.(x) ?? NaN)}.`);
  const description = [describeCurve(label, spec.f, domain), ...(df ? [describeCurve(`Its derivative ${derivativeLabel}`, df, domain)] : []), ...jumps].join(' ');
  const caption = df ? `${label} (solid line) and its derivative ${nb(derivativeLabel)} (dashed).` : `${label}.`;
  return {
    plot: {
      id,
      title,
      description,
      domain,
      fn: { label, f: spec.f },
      derivative: df && { label: derivativeLabel, f: df, discontinuities },
      kinks: discontinuities,
    },
    caption,
  };
}
