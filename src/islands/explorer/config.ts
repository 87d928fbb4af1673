/**
 * What the build tells the island, through data attributes on `<function-explorer>`: which function, its α,
 * and the plot's two scales. With the scales in the page, the island maps pointer positions and draws the
 * tangent with the build's exact geometry and needs no d3. `toDataAttributes` writes them (build time),
 * `parseExplorerConfig` reads them back (in the browser) and says which attribute is wrong if one is.
 */
import { isExplorerFunctionName, type ExplorerFunctionName } from './functions.ts';
import type { LinearScale } from './scale.ts';

/** Everything the island needs to redraw the plot for a new x. */
export interface ExplorerConfig {
  fn: ExplorerFunctionName;
  /** The leaky ReLU's α; carried (and ignored) for the other functions. */
  alpha: number;
  /** Data x → viewBox x. Its domain is the plotted x interval, and the slider's. */
  x: LinearScale;
  /** Data y → viewBox y (range from bottom to top). Its domain is the plotted y interval. */
  y: LinearScale;
}

/** The attributes as `dataset` names them (`data-x-domain` → `xDomain`). */
type Dataset = Readonly<Record<string, string | undefined>>;

/**
 * The data attributes that carry `config`, to spread on the element.
 *
 * @example
 * toDataAttributes({ fn: 'sigmoid', alpha: 0.1, x: { domain: [-6, 6], range: [80, 624] }, y: … });
 * // returns { 'data-fn': 'sigmoid', 'data-alpha': '0.1', 'data-x-domain': '-6 6', 'data-x-range': '80 624', … }
 */
export function toDataAttributes(config: ExplorerConfig): Record<`data-${string}`, string> {
  const pair = (values: readonly [number, number]) => values.join(' ');
  return {
    'data-fn': config.fn,
    'data-alpha': String(config.alpha),
    'data-x-domain': pair(config.x.domain),
    'data-x-range': pair(config.x.range),
    'data-y-domain': pair(config.y.domain),
    'data-y-range': pair(config.y.range),
  };
}

/**
 * Reads the config back from an element's `dataset`. Throws a `TypeError` naming the attribute, its value
 * and what was expected: the markup comes from our build, so a mismatch is a bug to report, not to guess around.
 */
export function parseExplorerConfig(dataset: Dataset): ExplorerConfig {
  const fn = dataset['fn'];
  if (!isExplorerFunctionName(fn)) {
    throw new TypeError(`<function-explorer>: data-fn is ${JSON.stringify(fn)}, expected one of sigmoid, tanh, relu, leaky-relu`);
  }
  const alpha = Number(dataset['alpha']);
  if (!(alpha >= 0 && Number.isFinite(alpha))) {
    throw new TypeError(`<function-explorer>: data-alpha is ${JSON.stringify(dataset['alpha'])}, expected a finite number ≥ 0`);
  }
  return {
    fn,
    alpha,
    x: { domain: parsePair(dataset, 'xDomain', 'data-x-domain'), range: parsePair(dataset, 'xRange', 'data-x-range') },
    y: { domain: parsePair(dataset, 'yDomain', 'data-y-domain'), range: parsePair(dataset, 'yRange', 'data-y-range') },
  };
}

/** Two distinct finite numbers separated by a space, e.g. `-6 6`. */
function parsePair(dataset: Dataset, key: string, attribute: string): [number, number] {
  const text = dataset[key];
  const parts = text?.trim().split(/\s+/).map(Number) ?? [];
  const [a, b] = parts;
  if (parts.length !== 2 || a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || a === b) {
    throw new TypeError(`<function-explorer>: ${attribute} is ${JSON.stringify(text)}, expected two different numbers separated by a space, e.g. "-6 6"`);
  }
  return [a, b];
}
