/**
 * How a plot leaves a run: as ONE printed line, a marker then the plot's JSON.
 * The console every runner already captures carries it unchanged (a lone
 * string argument prints as itself), so nothing between the run and the two
 * ends (the build's check and the page) needs to know about plots. The NUL
 * characters cannot appear in a line an example prints by accident in
 * ordinary text, and they never reach a reader: both ends replace the line.
 */
import type { PlotData } from './types.ts';

export const PLOT_MARKER = '\u0000course:plot\u0000';

export function encodePlotLine(data: PlotData): string {
  return PLOT_MARKER + JSON.stringify(data);
}

export function isPlotLine(line: string): boolean {
  return line.startsWith(PLOT_MARKER);
}

/** The plot a printed line carries, or undefined for an ordinary line (or a marker followed by something that is not a plot). */
export function parsePlotLine(line: string): PlotData | undefined {
  if (!isPlotLine(line)) return undefined;
  try {
    const data = JSON.parse(line.slice(PLOT_MARKER.length)) as unknown;
    return isPlotData(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

function isPlotData(value: unknown): value is PlotData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Partial<PlotData>;
  return typeof data.title === 'string' && Array.isArray(data.domain) && Array.isArray(data.series) && Array.isArray(data.points) && Array.isArray(data.lines);
}
