/**
 * A linear scale as plain data, so the build can write it into the page (`data-x-domain`, …) and the island
 * can use it without shipping d3: `project` is d3's `scaleLinear().domain(domain).range(range)` and
 * `invert` its `.invert`, neither clamped.
 */

/** A linear map from data units (`domain`) to viewBox units (`range`). */
export interface LinearScale {
  domain: readonly [number, number];
  range: readonly [number, number];
}

/**
 * Maps a data value to viewBox units.
 *
 * @example
 * project({ domain: [-6, 6], range: [80, 624] }, 0); // returns 352
 */
export function project(scale: LinearScale, value: number): number {
  const [d0, d1] = scale.domain;
  const [r0, r1] = scale.range;
  return r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/**
 * Maps a position in viewBox units back to a data value.
 *
 * @example
 * invert({ domain: [-6, 6], range: [80, 624] }, 352); // returns 0
 */
export function invert(scale: LinearScale, position: number): number {
  const [d0, d1] = scale.domain;
  const [r0, r1] = scale.range;
  return d0 + ((position - r0) / (r1 - r0)) * (d1 - d0);
}

/** Two decimals of a viewBox unit, as lib/figures/plot.ts rounds: a hundredth of a pixel at desktop width. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
