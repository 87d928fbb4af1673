/**
 * The page's end of the plot channel (example-runtime/plot/marker.ts): a
 * printed line that carries a plot becomes its figure, in place, in order with
 * the printed text. This file is tiny and always loaded with the controller;
 * the renderer (plot-render.ts, d3-scale) loads only when a run first prints
 * a plot. The output writer (example-output.ts) asks it for each line.
 */
import { isPlotLine } from '../example-runtime/plot/marker.ts';

let renderer: Promise<typeof import('./plot-render.ts')> | undefined;

/**
 * Undefined for an ordinary line; for a plot line, the `<span class="example-plot">` that will hold its SVG
 * (drawn as soon as the renderer has loaded: at once after the first plot).
 */
export function plotElement(line: string): Element | undefined {
  if (!isPlotLine(line)) return undefined;
  const span = document.createElement('span');
  span.className = 'example-plot';
  renderer ??= import('./plot-render.ts');
  void renderer.then(({ drawPlot }) => drawPlot(span, line));
  return span;
}

/** The output as the build left it (text and inline SVG), for Reset. */
const built = new WeakMap<HTMLElement, Node[]>();

/** Keeps what the build printed in `samp` (its figures included), once, before a run writes over it. */
export function rememberBuiltOutput(samp: HTMLElement): void {
  if (!built.has(samp)) built.set(samp, [...samp.childNodes]);
}

/** Puts back what the build printed, figures included. Replaces `samp.textContent = builtOutput`. */
export function resetOutput(samp: HTMLElement, builtOutput: string): void {
  const nodes = built.get(samp);
  if (nodes) samp.replaceChildren(...nodes);
  else samp.textContent = builtOutput;
}
