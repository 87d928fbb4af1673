/**
 * The display.ts a download ships: the course's display printer (course option
 * `display`), as a plain module the reader's code imports, so an expression's
 * value prints in Jupyter, Node and Deno as the page shows it. It prints with
 * console.log, not Deno's Jupyter display: that one is asynchronous, and its
 * output would overtake the lines printed after it.
 */
import { readFile } from 'node:fs/promises';
import type { DisplayName } from '../../example-runtime/print.ts';

/** The numpy printer's own source (no imports), shipped as it is. */
const NUMPY_SOURCE = new URL('../../example-runtime/display/numpy.ts', import.meta.url);

const HEADER = `/**
 * How this course shows the value of an expression written on its own line:
 * the lesson's \`sigmoid(x);\` is \`display(sigmoid(x));\` here, and prints
 * what the lesson page shows under it.
 */`;

const MODULES: Record<DisplayName, () => Promise<Record<string, string>>> = {
  inspect: async () => ({
    'display.ts': `${HEADER}
import { inspect } from 'node:util';

/** Prints \`value\` as Node's REPL shows it (\`[ 1, 2 ]\`); \`undefined\` prints nothing. */
export function display(value: unknown): void {
  if (value !== undefined) console.log(inspect(value));
}
`,
  }),
  numpy: async () => ({
    'display.ts': `${HEADER}
import { displayNumpy } from './display/numpy.ts';

/** Prints \`value\` as numpy prints arrays (\`array([0.5, 0.73105858])\`); \`undefined\` prints nothing. */
export function display(value: unknown): void {
  if (value === undefined) return;
  console.log(typeof value === 'string' ? JSON.stringify(value) : displayNumpy(value));
}
`,
    'display/numpy.ts': await readFile(NUMPY_SOURCE, 'utf8'),
  }),
};

/** The files (path in the download → text) that give the reader's code its `display`. */
export function displayModuleFiles(display: DisplayName): Promise<Record<string, string>> {
  return MODULES[display]();
}
