/**
 * Draws a printed plot in the page with the build's own renderer
 * (lib/figures/plot-data.ts), so an unedited run draws exactly the SVG the
 * build inlined. Loaded by plot-output.ts on the first plot a run prints.
 */
import { parsePlotLine } from '../example-runtime/plot/marker.ts';
import { renderPlotData } from '../lib/figures/plot-data.ts';

export function drawPlot(target: Element, line: string): void {
  const data = parsePlotLine(line);
  if (!data) {
    target.textContent = '(a plot that could not be read)';
    return;
  }
  try {
    // The markup is ours: every text in it (labels, title) is escaped by render-svg.ts, so it is inert.
    target.innerHTML = renderPlotData(data);
  } catch (error) {
    target.textContent = `(the plot could not be drawn: ${error instanceof Error ? error.message : String(error)})`;
  }
}
