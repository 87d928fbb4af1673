/**
 * How much of a run's output the page keeps and shows. An example can print
 * far more than a page can lay out (a million lines froze the tab for
 * minutes, issue 10 item 1): the page keeps the first and the last lines and
 * says how many it left out between them, and cuts a very long line short.
 * Nothing here changes how a line is printed, only how much of it is shown;
 * output the build could check (a lesson's) is far inside these limits.
 */
import { isPlotLine } from '../../example-runtime/plot/marker.ts';

/** Lines kept from the start of the output. */
export const HEAD_LINES = 1_000;
/** Lines kept from the end of the output once the head is full. */
export const TAIL_LINES = 200;
/** Characters kept of one line. */
export const LINE_CHARS = 10_000;

/**
 * A count with thousands separators, as `toLocaleString('en')` writes it,
 * without its first call's cost (tens of ms to load locale data, in the middle of a run).
 *
 * @example
 * count(1234567); // returns '1,234,567'
 */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * A line as shown: whole, or its first LINE_CHARS characters and how many more there were.
 *
 * @example
 * cutLine('x'.repeat(10_005)); // returns 'xxx…x … (5 more characters)'
 */
export function cutLine(line: string): string {
  // A plot's line is its data (bounded by the plot API's downsampling), not text a reader scrolls through.
  if (line.length <= LINE_CHARS || isPlotLine(line)) return line;
  return `${line.slice(0, LINE_CHARS)} … (${count(line.length - LINE_CHARS)} more characters)`;
}
