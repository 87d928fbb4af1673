/**
 * From a pointer on the plot to the x it points at: the pointer's offset across the SVG, scaled to viewBox
 * units (the SVG is drawn at its viewBox's aspect ratio, full width, so the factor is the same everywhere),
 * then inverted through the plot's own x scale, and finally snapped to the slider's step.
 */
import { invert, type LinearScale } from './scale.ts';

/** The part of a `DOMRect` the mapping needs. */
export type HorizontalRect = Pick<DOMRect, 'left' | 'width'>;

/**
 * The data x under a pointer at `clientX`, for an SVG drawn in `rect` with a viewBox `viewBoxWidth` wide.
 * Not clamped: a pointer captured during a drag may leave the plot.
 *
 * @example
 * clientXToX(400, { left: 0, width: 640 }, 640, { domain: [-6, 6], range: [80, 624] }); // returns ~1.06
 */
export function clientXToX(clientX: number, rect: HorizontalRect, viewBoxWidth: number, x: LinearScale): number {
  return invert(x, ((clientX - rect.left) * viewBoxWidth) / rect.width);
}

/**
 * Rounds `value` to a multiple of `step` and clamps it into `domain`, so a dragged x is one the slider can
 * show and the readout prints short (1.23, not 1.2345678). Never returns −0, which would print as `-0`.
 *
 * @example
 * snapX(1.23456, [-6, 6], 0.01); // returns 1.23
 * snapX(9, [-6, 6], 0.01); // returns 6
 */
export function snapX(value: number, domain: readonly [number, number], step: number): number {
  const [low, high] = domain;
  if (Number.isNaN(value)) return low;
  // toFixed removes the binary noise of Math.round(v / step) * step (0.07 * 100 → 7.000000000000001).
  const decimals = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  const snapped = Number((Math.round(value / step) * step).toFixed(decimals));
  return Math.min(high, Math.max(low, snapped)) + 0;
}
