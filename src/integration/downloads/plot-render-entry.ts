/**
 * The entry point of the figure renderer a download ships (plot-module.ts
 * bundles it, d3 included, into one file): the site's own functions, so a
 * notebook re-run draws exactly the SVG the lesson page shows, and prints the
 * text form its output fence holds.
 */
import type { PlotData } from '../../example-runtime/plot/types.ts';
import { renderPlotData } from '../../lib/figures/plot-data.ts';
import { plotText } from '../../lib/figures/plot-text.ts';

/**
 * A notebook shows an SVG on its own, without the site's stylesheet, which
 * colours plots through the `plot-*` classes: the light theme's rules, inlined.
 * The SVG keeps its own background so it reads in a dark notebook too.
 */
const NOTEBOOK_STYLE = [
  'svg{background:#fdfdfc;color:#1d2127}',
  'text{fill:#56606c}',
  '.plot-axis-label,.plot-legend-label,.plot-point-label{fill:#1d2127}',
  '.plot-grid{stroke:#e7eaee}',
  '.plot-grid-zero{stroke:#c3c9d1}',
  '.plot-axis{stroke:#6b7480}',
  '.plot-series-0{color:#0072b2}.plot-series-1{color:#d55e00}.plot-series-2{color:#009e73}.plot-series-3{color:#cc79a7}.plot-series-4{color:#1d2127}',
  '.plot-line{fill:none;stroke:currentColor;stroke-width:2.5px;stroke-linecap:round;stroke-linejoin:round}',
  '.plot-dashed .plot-line{stroke-dasharray:7 5;stroke-linecap:butt}',
  '.plot-guide{stroke:currentColor;stroke-width:1.5px;stroke-dasharray:2 3}',
  '.plot-marker{stroke:currentColor;stroke-width:2px}.plot-marker-closed{fill:currentColor}.plot-marker-open{fill:#fdfdfc}',
  '.plot-legend-box{fill:#fdfdfc;fill-opacity:0.9;stroke:#e7eaee}',
].join('');

/** The plot's SVG as the page draws it, with the stylesheet it needs outside the page. */
export function plotSvg(data: PlotData): string {
  const svg = renderPlotData(data);
  const open = svg.indexOf('>') + 1;
  return `${svg.slice(0, open)}<style>${NOTEBOOK_STYLE}</style>${svg.slice(open)}`;
}

export { plotText };
