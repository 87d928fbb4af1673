/**
 * The page's end of the plot channel (example-runtime/plot/marker.ts): a
 * printed line that carries a plot becomes its figure, in place, in order with
 * the printed text. This file is tiny and always loaded with the controller;
 * the renderer (plot-render.ts, d3-scale and d3-shape) loads only when a run
 * first prints a plot.
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

/** Each output's figures by line index, so re-writing the output as lines arrive does not redraw them. */
const figures = new WeakMap<HTMLElement, Map<number, { line: string; element: Element }>>();
/** The output as the build left it (text and inline SVG), for Reset. */
const built = new WeakMap<HTMLElement, Node[]>();

/**
 * Shows printed lines in `samp`: runs of text as one text node (never HTML), each plot line as its figure.
 * Replaces `samp.textContent = lines.join('\n')`.
 */
export function writeOutput(samp: HTMLElement, lines: readonly string[]): void {
  if (!built.has(samp)) built.set(samp, [...samp.childNodes]);
  const cache = figures.get(samp) ?? new Map<number, { line: string; element: Element }>();
  figures.set(samp, cache);
  const nodes: Node[] = [];
  let text: string[] = [];
  const flush = () => {
    if (text.length > 0) nodes.push(document.createTextNode(text.join('\n')));
    text = [];
  };
  lines.forEach((line, index) => {
    const kept = cache.get(index);
    const element = kept?.line === line ? kept.element : plotElement(line);
    if (!element) {
      text.push(line);
      return;
    }
    cache.set(index, { line, element });
    flush();
    nodes.push(element);
  });
  flush();
  samp.replaceChildren(...nodes);
}

/** Puts back what the build printed, figures included. Replaces `samp.textContent = builtOutput`. */
export function resetOutput(samp: HTMLElement, builtOutput: string): void {
  const nodes = built.get(samp);
  if (nodes) samp.replaceChildren(...nodes);
  else samp.textContent = builtOutput;
}
