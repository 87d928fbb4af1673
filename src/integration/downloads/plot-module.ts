/**
 * `course:plot` in a download. A notebook or a `.ts` file cannot import the
 * generator's own specifier, so a download that plots carries the API under
 * `course/` and its code imports `./course/plot.ts` instead:
 *
 * - `course/plot/`: the API's own sources (example-runtime/plot/), as they are,
 *   so a plot is checked and sampled exactly as on the site;
 * - `course/render.ts`: the site's renderer and text form (lib/figures/),
 *   bundled into one file with d3, so nothing needs installing;
 * - `course/plot.ts`: `plot()` for the reader. In Jupyter (Deno's kernel) it
 *   shows the plot's SVG, the figure the page draws; under Node or `deno run`
 *   it prints the plot's text form, which is what the lesson's output shows.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../esbuild.ts';

/** The specifier examples import, and the file a download's code imports instead, from the download's root. */
export const PLOT_SPECIFIER = 'course:plot';
export const PLOT_FILE = 'course/plot.ts';

const API_DIR = fileURLToPath(new URL('../../example-runtime/plot/', import.meta.url));
const RENDER_ENTRY = fileURLToPath(new URL('./plot-render-entry.ts', import.meta.url));

const ENTRY = `/**
 * \`plot()\` as the lesson's examples call it (\`course:plot\` on the site).
 * In Jupyter, with Deno's kernel, it shows the figure the lesson page draws,
 * after the lines the cell prints. Under Node or \`deno run\` it prints the
 * plot's text form, as the lesson's output shows it:
 *
 *   <Plot "tanh": x −6…6, y −1.00…1.00>
 *     tanh(x): solid, 241 points, y −1.00…1.00
 */
import { plotData } from './plot/plot.ts';
import type { PlotData, PlotSpec } from './plot/types.ts';
import { plotSvg, plotText } from './render.ts';

export { plotData };
export type { DataSeries, FunctionSeries, LineStyle, PlotData, PlotLine, PlotPoint, PlotSpec, Series } from './plot/types.ts';

interface Jupyter {
  display(bundle: Record<string, string>, options: { raw: true }): Promise<void>;
}

const jupyter = (globalThis as { Deno?: { jupyter?: Jupyter } }).Deno?.jupyter;

/** Draws the plot (Jupyter) or prints its text form (anywhere else). */
export function plot(spec: PlotSpec): void {
  const data: PlotData = plotData(spec);
  if (jupyter) void jupyter.display({ 'image/svg+xml': plotSvg(data), 'text/plain': plotText(data) }, { raw: true });
  else console.log(plotText(data));
}
`;

const RENDER_HEADER = `// @ts-nocheck
// The course site's figure renderer and the text form of a plot, bundled with
// d3-scale and d3-shape into this one file by the course's build, so that a
// plot drawn here is the one the lesson page shows. Generated: do not edit.
`;

let files: Promise<Record<string, string>> | undefined;

/** The files (path in the download → text) that give the reader's code `plot`. */
export function plotModuleFiles(): Promise<Record<string, string>> {
  files ??= (async () => {
    const result: Record<string, string> = { [PLOT_FILE]: ENTRY };
    // Read at once, not one a turn of the busy event loop the downloads run on.
    const names = (await readdir(API_DIR)).filter((file) => file.endsWith('.ts')).toSorted();
    const texts = await Promise.all(names.map((name) => readFile(join(API_DIR, name), 'utf8')));
    for (const [index, name] of names.entries()) result[`course/plot/${name}`] = texts[index]!;
    const bundle = await build({ entryPoints: [RENDER_ENTRY], bundle: true, write: false, format: 'esm', platform: 'neutral', target: 'es2022', legalComments: 'inline' });
    result['course/render.ts'] = RENDER_HEADER + (bundle.outputFiles[0]?.text ?? '');
    return result;
  })();
  return files;
}
