/**
 * What the build tells the island, through data attributes on `<function-explorer>`: which course function
 * (module, export names, extra arguments), and the plot's two scales. With the scales in the page, the island maps pointer positions and draws the
 * tangent with the build's exact geometry and needs no d3. `toDataAttributes` writes them (build time),
 * `parseExplorerConfig` reads them back (in the browser) and says which attribute is wrong if one is.
 */
import type { ExplorerRef } from './functions.ts';
import type { LinearScale } from './scale.ts';

/** Everything the island needs to redraw the plot for a new x. */
export interface ExplorerConfig {
  /** The course function and derivative it follows. */
  functions: ExplorerRef;
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
 * toDataAttributes({ functions: { module: '#lib', fn: 'sigmoid', derivative: 'sigmoidDerivative', args: [] }, x: …, y: … });
 * // returns { 'data-module': '#lib', 'data-fn': 'sigmoid', 'data-derivative': 'sigmoidDerivative', 'data-args': '[]', 'data-x-domain': '-6 6', … }
 */
export function toDataAttributes(config: ExplorerConfig): Record<`data-${string}`, string> {
  const pair = (values: readonly [number, number]) => values.join(' ');
  const { module, fn, derivative, args } = config.functions;
  return {
    'data-module': module,
    'data-fn': fn,
    'data-derivative': derivative,
    'data-args': JSON.stringify(args),
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
  const name = (key: 'module' | 'fn' | 'derivative') => {
    const value = dataset[key];
    if (!value) throw new TypeError(`<function-explorer>: data-${key} is ${JSON.stringify(value)}, expected the name of a course module or export`);
    return value;
  };
  let args: unknown;
  try {
    args = JSON.parse(dataset['args'] ?? '[]');
  } catch {
    args = undefined;
  }
  if (!Array.isArray(args)) throw new TypeError(`<function-explorer>: data-args is ${JSON.stringify(dataset['args'])}, expected a JSON array such as "[0.1]"`);
  return {
    functions: { module: name('module'), fn: name('fn'), derivative: name('derivative'), args },
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
