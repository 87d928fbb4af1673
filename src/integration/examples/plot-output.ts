/**
 * The build's end of the plot channel (example-runtime/plot/marker.ts): the
 * printed lines of a run, with each plot line read back into its data. The
 * check compares the plots' text form (lib/figures/plot-text.ts); the page
 * shows their SVG in its place, in order with the printed text.
 */
import { parsePlotLine } from '../../example-runtime/plot/marker.ts';
import type { PlotData } from '../../example-runtime/plot/types.ts';
import { plotText } from '../../lib/figures/plot-text.ts';

export type OutputPart = { kind: 'text'; text: string } | { kind: 'plot'; data: PlotData };

/** Consecutive text lines in one part (joined with newlines), each plot in its own. */
export function outputParts(output: string): OutputPart[] {
  const parts: OutputPart[] = [];
  let text: string[] = [];
  const flush = () => {
    if (text.length > 0) parts.push({ kind: 'text', text: text.join('\n') });
    text = [];
  };
  for (const line of output === '' ? [] : output.split('\n')) {
    const data = parsePlotLine(line);
    if (data) {
      flush();
      parts.push({ kind: 'plot', data });
    } else text.push(line);
  }
  flush();
  return parts;
}

/** The output with each plot line replaced by the plot's text form: what an output fence holds. */
export function withPlotText(output: string): string {
  return output
    .split('\n')
    .map((line) => {
      const data = parsePlotLine(line);
      return data ? plotText(data) : line;
    })
    .join('\n');
}
