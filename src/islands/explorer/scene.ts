/**
 * What the explorer draws for one x, in viewBox units: the dot on f, the dot on f′, a vertical guide, and
 * the tangent segment, plus the readout text. The build calls it for the initial x (the page without
 * JavaScript shows exactly this), and the island for every move, so both draw the same picture.
 */
import type { ExplorerConfig } from './config.ts';
import type { ExplorerFunction } from './functions.ts';
import { getReadout, type Readout } from './readout.ts';
import { project, round } from './scale.ts';
import { clipTangent, type Segment } from './tangent.ts';

export interface Point {
  x: number;
  y: number;
}

/** One state of the explorer. Coordinates are viewBox units, rounded to 0.01. */
export interface Scene {
  x: number;
  fx: number;
  dfx: number;
  readout: Readout;
  /** (x, f(x)). */
  point: Point;
  /** (x, f′(x)). */
  derivativePoint: Point;
  /** The vertical line at x across the plot area. */
  guide: Segment;
  /** The tangent y = f(x) + f′(x)(t − x) inside the plot area; `undefined` when none of it is (never for a point inside). */
  tangent: Segment | undefined;
}

/**
 * The scene at `x` for `fn`, plotted with the scales in `config`.
 *
 * @example
 * computeScene(getExplorerFunction('sigmoid', 0.1), 1, config).readout.fx; // returns '0.73105858'
 */
export function computeScene(fn: ExplorerFunction, x: number, config: Pick<ExplorerConfig, 'x' | 'y'>): Scene {
  const fx = fn.f(x);
  const dfx = fn.derivative(x);
  const toPoint = (px: number, py: number): Point => ({ x: round(project(config.x, px)), y: round(project(config.y, py)) });
  const sorted = ([a, b]: readonly [number, number]): [number, number] => (a < b ? [a, b] : [b, a]);
  const [top, bottom] = sorted(config.y.range);
  const guideX = round(project(config.x, x));
  const clipped = clipTangent(x, fx, dfx, { x: sorted(config.x.domain), y: sorted(config.y.domain) });
  let tangent: Segment | undefined;
  if (clipped) {
    const start = toPoint(clipped.x1, clipped.y1);
    const end = toPoint(clipped.x2, clipped.y2);
    tangent = { x1: start.x, y1: start.y, x2: end.x, y2: end.y };
  }
  return {
    x,
    fx,
    dfx,
    readout: getReadout(x, fx, dfx),
    point: toPoint(x, fx),
    derivativePoint: toPoint(x, dfx),
    guide: { x1: guideX, y1: top, x2: guideX, y2: bottom },
    tangent,
  };
}
