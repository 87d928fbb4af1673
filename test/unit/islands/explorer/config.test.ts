import { describe, expect, test } from 'vitest';
import { parseExplorerConfig, toDataAttributes, type ExplorerConfig } from '../../../../src/islands/explorer/config.ts';

const config: ExplorerConfig = {
  functions: { module: '#activations', fn: 'leakyRelu', derivative: 'leakyReluDerivative', args: [0.1] },
  x: { domain: [-6, 6], range: [80, 624] },
  y: { domain: [-1.3, 6.3], range: [330, 36] },
};

/** What `element.dataset` holds for the attributes: `data-x-domain` → `xDomain`. */
function datasetOf(attributes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(attributes).map(([name, value]) => [name.slice('data-'.length).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), value]),
  );
}

describe('toDataAttributes(config)', () => {
  test('writes short, readable attributes', () => {
    expect(toDataAttributes(config)).toMatchInlineSnapshot(`
      {
        "data-args": "[0.1]",
        "data-derivative": "leakyReluDerivative",
        "data-fn": "leakyRelu",
        "data-module": "#activations",
        "data-x-domain": "-6 6",
        "data-x-range": "80 624",
        "data-y-domain": "-1.3 6.3",
        "data-y-range": "330 36",
      }
    `);
  });
});

describe('parseExplorerConfig(dataset)', () => {
  test('reads back what toDataAttributes wrote', () => {
    expect(parseExplorerConfig(datasetOf(toDataAttributes(config)))).toEqual(config);
  });

  test('keeps full precision through the attribute', () => {
    const precise = { ...config, y: { domain: [-0.05500000000000001, 1.055] as const, range: [330, 36] as const } };
    expect(parseExplorerConfig(datasetOf(toDataAttributes(precise))).y.domain).toEqual([-0.05500000000000001, 1.055]);
  });

  test('names the attribute, echoes its value and says what was expected', () => {
    const dataset = datasetOf(toDataAttributes(config));
    expect(() => parseExplorerConfig({ ...dataset, fn: '' })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: <function-explorer>: data-fn is "", expected the name of a course module or export]`,
    );
    expect(() => parseExplorerConfig({ ...dataset, args: '0.1' })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: <function-explorer>: data-args is "0.1", expected a JSON array such as "[0.1]"]`,
    );
    expect(() => parseExplorerConfig({ ...dataset, xRange: '80' })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: <function-explorer>: data-x-range is "80", expected two different numbers separated by a space, e.g. "-6 6"]`,
    );
    const { yDomain: _, ...missing } = dataset;
    expect(() => parseExplorerConfig(missing)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: <function-explorer>: data-y-domain is undefined, expected two different numbers separated by a space, e.g. "-6 6"]`,
    );
    expect(() => parseExplorerConfig({ ...dataset, xDomain: '3 3' })).toThrow(/data-x-domain is "3 3"/);
  });
});
