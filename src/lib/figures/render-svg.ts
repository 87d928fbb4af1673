/**
 * Turns a `Plot` into the markup of an inline SVG. Every piece of text goes through `escapeXml`, so labels
 * and descriptions may contain any character; everything else is a number we computed.
 *
 * Styling is left to the stylesheet ("Figures" in global.css) through the `plot-*` classes: colours come
 * from theme variables, and strokes are `vector-effect: non-scaling-stroke`, so lines keep their width in
 * CSS pixels however small the figure is drawn. The presentation attributes here are only a fallback for
 * readers without our CSS (feed readers, reader modes): a legible black-and-white plot.
 */

import { escapeXml } from '../text.ts';
import type { Legend, LegendRow, LineStyle, Plot, PlottedCurve } from './plot.ts';

/** How far tick marks stick out of the plot area, and the gap between a tick and its label, in viewBox units. */
const TICK = 6;
const TICK_GAP = 4;
/** How many series colours the stylesheet defines (`.plot-series-0` … `-4`); further series reuse them. */
const PALETTE_SIZE = 5;

export { escapeXml };

/**
 * The SVG for a plot, as a string to inline in HTML: `role="img"`, named by its `<title>` and described
 * by its `<desc>`, so assistive technology announces one image instead of a heap of tick labels.
 *
 * @example
 * renderPlotSvg(plotFunctionAndDerivative(options)); // returns '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 400" …'
 */
export function renderPlotSvg(plot: Plot): string {
  const id = escapeXml(plot.id);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="function-plot" viewBox="0 0 ${plot.width} ${plot.height}" width="100%"`,
    ` role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc" font-size="14" font-family="sans-serif">`,
    `<title id="${id}-title">${escapeXml(plot.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(plot.description)}</desc>`,
    grid(plot),
    axes(plot),
    guides(plot),
    ...plot.curves.map(curve),
    points(plot),
    legend(plot.legend),
    '</svg>',
  ].join('');
}

/** Light lines at every tick; the ones at 0 a little darker, as the reference lines of the plot. */
function grid({ x, y, area }: Plot): string {
  const zero = (value: number) => (value === 0 ? ' plot-grid-zero' : '');
  const vertical = x.ticks.map((t) => `<line class="plot-grid${zero(t.value)}" x1="${t.position}" x2="${t.position}" y1="${area.top}" y2="${area.bottom}"/>`);
  const horizontal = y.ticks.map((t) => `<line class="plot-grid${zero(t.value)}" x1="${area.left}" x2="${area.right}" y1="${t.position}" y2="${t.position}"/>`);
  return `<g stroke="#ddd" fill="none">${[...vertical, ...horizontal].join('')}</g>`;
}

/**
 * The axes along the bottom and left of the plot area, with ticks and labels. Label offsets are in em so
 * they follow the font size the stylesheet chooses (d3-axis positions its labels the same way).
 */
function axes({ x, y, area }: Plot): string {
  const xTicks = x.ticks.map(
    (t) =>
      `<line class="plot-axis" x1="${t.position}" x2="${t.position}" y1="${area.bottom}" y2="${area.bottom + TICK}"/>` +
      `<text class="plot-tick-label" x="${t.position}" y="${area.bottom + TICK + TICK_GAP}" dy="0.71em" text-anchor="middle">${escapeXml(t.label)}</text>`,
  );
  const yTicks = y.ticks.map(
    (t) =>
      `<line class="plot-axis" x1="${area.left - TICK}" x2="${area.left}" y1="${t.position}" y2="${t.position}"/>` +
      `<text class="plot-tick-label" x="${area.left - TICK - TICK_GAP}" y="${t.position}" dy="0.32em" text-anchor="end">${escapeXml(t.label)}</text>`,
  );
  const center = (area.left + area.right) / 2;
  return [
    '<g stroke="currentColor" fill="currentColor">',
    `<path class="plot-axis" fill="none" d="M${area.left},${area.top}V${area.bottom}H${area.right}"/>`,
    ...xTicks,
    ...yTicks,
    `<text class="plot-axis-label" x="${center}" y="${area.bottom + TICK + TICK_GAP}" dy="2.1em" text-anchor="middle">${escapeXml(x.label)}</text>`,
    `<text class="plot-axis-label" x="${area.left - TICK - TICK_GAP}" y="${area.top}" dy="-0.6em" text-anchor="end">${escapeXml(y.label)}</text>`,
    '</g>',
  ].join('');
}

/** The fallback look of each curve's lines without our CSS: black, and solid vs dashed as with it. */
const LINE_FALLBACK: Record<LineStyle, string> = {
  solid: 'stroke-width="2.5"',
  dashed: 'stroke-width="2.5" stroke-dasharray="7 5"',
};

/**
 * A curve's classes: its colour by place (`plot-series-<n>`, see global.css), its style, and the older role
 * classes of function figures, which the explorer's stylesheet and tests rely on.
 */
function curveClass(c: Pick<PlottedCurve, 'role' | 'series' | 'style'>): string {
  return `plot-curve plot-series-${c.series % PALETTE_SIZE} plot-${c.style}${c.role ? ` plot-curve-${c.role}` : ''}`;
}

/** Straight lines (tangents, asymptotes), under the curves, clipped to the plot area. */
function guides({ lines }: Plot): string {
  if (lines.length === 0) return '';
  const items = lines.map((l) => `<line class="plot-guide" x1="${l.x1}" y1="${l.y1}" x2="${l.x2}" y2="${l.y2}" stroke-width="1.5" stroke-dasharray="2 3"/>`);
  return `<g class="plot-guides" stroke="currentColor" fill="none">${items.join('')}</g>`;
}

/** Marked points, above the curves, each with its label up and to the right. */
function points({ points: marked }: Plot): string {
  if (marked.length === 0) return '';
  const items = marked.map(
    (p) =>
      `<circle class="plot-marker plot-marker-${p.kind}" cx="${p.x}" cy="${p.y}" r="0.3em" stroke-width="2" fill="${p.kind === 'open' ? 'white' : 'currentColor'}"/>` +
      (p.label === '' ? '' : `<text class="plot-point-label" x="${p.x}" y="${p.y}" dx="0.5em" dy="-0.5em" stroke="none">${escapeXml(p.label)}</text>`),
  );
  return `<g class="plot-points" stroke="currentColor" fill="currentColor">${items.join('')}</g>`;
}

function curve(c: PlottedCurve): string {
  const paths = c.paths.map((d) => `<path class="plot-line" d="${d}" ${LINE_FALLBACK[c.style]}/>`);
  // An open circle is filled with the page background, so the line under it does not show through.
  const markers = c.markers.map(
    (m) => `<circle class="plot-marker plot-marker-${m.kind}" cx="${m.x}" cy="${m.y}" r="0.3em" stroke-width="2" fill="${m.kind === 'open' ? 'white' : 'currentColor'}"/>`,
  );
  return `<g class="${curveClass(c)}" fill="none" stroke="currentColor">${[...paths, ...markers].join('')}</g>`;
}

function swatch(row: LegendRow): string {
  const at = `x1="${row.swatch.x1}em" x2="${row.swatch.x2}em" y1="${row.y}em" y2="${row.y}em"`;
  if (row.series === undefined) return `<g class="plot-guides" fill="none" stroke="currentColor"><line class="plot-guide" ${at} stroke-width="1.5" stroke-dasharray="2 3"/></g>`;
  return `<g class="${curveClass({ ...row, series: row.series })}" fill="none" stroke="currentColor"><line class="plot-line" ${at} ${LINE_FALLBACK[row.style]}/></g>`;
}

function legend({ anchor, box, rows }: Legend): string {
  const items = rows.map(
    (row) =>
      swatch(row) +
      `<text class="plot-legend-label" x="${row.textX}em" y="${row.y}em" dy="0.32em" fill="currentColor">${escapeXml(row.label)}</text>`,
  );
  return [
    `<g class="plot-legend" transform="translate(${anchor.x} ${anchor.y})">`,
    `<rect class="plot-legend-box" x="${box.x}em" y="${box.y}em" width="${box.width}em" height="${box.height}em" rx="4" fill="white" stroke="#ddd"/>`,
    ...items,
    '</g>',
  ].join('');
}
