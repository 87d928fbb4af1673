/**
 * The children of an example's `<samp>`: its printed text, and each plot it
 * printed as inline SVG in its place (zero JavaScript to read it). A plot is
 * wrapped in `<span class="example-plot">`, exactly as the page wraps one it
 * draws (islands/plot-output.ts), so an unedited Run leaves the same markup.
 */
import type { ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { renderPlotData } from '../lib/figures/plot-data.ts';
import { outputParts } from './examples/plot-output.ts';

export function outputChildren(output: string): ElementContent[] {
  return outputParts(output).map((part): ElementContent => {
    if (part.kind === 'text') return { type: 'text', value: part.text };
    const svg = fromHtml(renderPlotData(part.data), { fragment: true }).children.filter((node): node is ElementContent => node.type === 'element');
    return { type: 'element', tagName: 'span', properties: { className: ['example-plot'] }, children: svg };
  });
}
