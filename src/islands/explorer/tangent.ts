/**
 * The tangent line of the explorer, clipped to the plot. The line y = y0 + slope·(x − x0) is infinite; the
 * plot shows only the box [x domain] × [y domain], so we draw the one segment of the line inside that box
 * (Liang–Barsky clipping, with the x extent already equal to the box's).
 */

/** A rectangle in data units: `x` and `y` are [low, high] intervals. */
export interface Box {
  x: readonly [number, number];
  y: readonly [number, number];
}

/** A line segment from (x1, y1) to (x2, y2), in the same units as the box it was clipped to. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The part of the line through (x0, y0) with slope `slope` that lies inside `box`, ordered left to right;
 * `undefined` if the line misses the box, only touches a corner, or a number is not finite.
 *
 * @example
 * clipTangent(0, 0.5, 0.25, { x: [-6, 6], y: [-0.05, 1.05] });
 * // returns { x1: -2.2, y1: -0.05, x2: 2.2, y2: 1.05 } (up to rounding)
 */
export function clipTangent(x0: number, y0: number, slope: number, box: Box): Segment | undefined {
  if (![x0, y0, slope].every(Number.isFinite)) return undefined;
  const [left, right] = box.x;
  const [bottom, top] = box.y;
  const at = (x: number) => y0 + slope * (x - x0);
  if (slope === 0) return y0 >= bottom && y0 <= top ? { x1: left, y1: y0, x2: right, y2: y0 } : undefined;
  // Where the line crosses the bottom and the top of the box, as x; the visible part is the overlap of
  // [left, right] with the interval between them.
  const xAtBottom = x0 + (bottom - y0) / slope;
  const xAtTop = x0 + (top - y0) / slope;
  const x1 = Math.max(left, Math.min(xAtBottom, xAtTop));
  const x2 = Math.min(right, Math.max(xAtBottom, xAtTop));
  if (!(x1 < x2)) return undefined;
  // At a clipped end, y is the edge itself: exact, where at(x) could round just past it.
  const yAt = (x: number, clipped: boolean) => (clipped ? (x === xAtBottom ? bottom : top) : at(x));
  return { x1, y1: yAt(x1, x1 !== left), x2, y2: yAt(x2, x2 !== right) };
}
