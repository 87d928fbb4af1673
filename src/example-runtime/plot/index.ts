/**
 * `course:plot`, the plotting API examples import:
 *
 *   import { plot } from 'course:plot';
 *   plot({ series: [{ label: 'tanh(x)', f: Math.tanh }] });
 *
 * Pure TypeScript, no DOM and no Node: the build bundles it like a course
 * module, so it runs the same in the build's runner and the page's worker.
 */
export { plot, plotData } from './plot.ts';
export type { DataSeries, FunctionSeries, LineStyle, PlotData, PlotLine, PlotPoint, PlotSpec, Series } from './types.ts';
