/**
 * The readout under the plot: x, f(x) and f′(x) as text. Numbers print as a numpy array's elements do
 * (the generator's numpy display printer), at most 8 digits after the point.
 */
import { displayNumpy as format } from '../../example-runtime/display/numpy.ts';

/** The three values as printed. */
export interface Readout {
  x: string;
  fx: string;
  dfx: string;
}

/**
 * A number as an example prints it inside an array, without the `array([…])` around it: at most 8 digits
 * after the point (numpy's print precision), not a plain `print(x)`'s 16, which would jitter while dragging.
 * An integer drops numpy's trailing point (`1.` → `1`), which reads as a typo in a sentence.
 *
 * @example
 * formatReadoutNumber(0.7310585786300049); // returns '0.73105858'
 * formatReadoutNumber(1); // returns '1'
 */
export function formatReadoutNumber(value: number): string {
  const printed = format([value]);
  const element = printed.slice('array(['.length, -'])'.length).trim();
  return element.endsWith('.') ? element.slice(0, -1) : element;
}

/**
 * The readout of one x.
 *
 * @example
 * getReadout(1, sigmoid(1), sigmoidDerivative(1)); // returns { x: '1', fx: '0.73105858', dfx: '0.19661193' }
 */
export function getReadout(x: number, fx: number, dfx: number): Readout {
  return { x: formatReadoutNumber(x), fx: formatReadoutNumber(fx), dfx: formatReadoutNumber(dfx) };
}

/**
 * The readout as one sentence, as a screen reader announces it and the page shows it.
 *
 * @example
 * readoutText({ x: '1', fx: '0.73105858', dfx: '0.19661193' }); // returns 'x = 1, f(x) = 0.73105858, f′(x) = 0.19661193'
 */
export function readoutText(readout: Readout): string {
  return `x = ${readout.x}, f(x) = ${readout.fx}, f′(x) = ${readout.dfx}`;
}
