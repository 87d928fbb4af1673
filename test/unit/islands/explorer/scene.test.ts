import { describe, expect, test } from 'vitest';
import { leakyRelu, sigmoid, sigmoidDerivative, tanh, tanhDerivative } from '../../../../src/activations/index.ts';
import { computeScene } from '../../../../src/islands/explorer/scene.ts';
import { invert } from '../../../../src/islands/explorer/scale.ts';
import { activationFunctions as getExplorerFunction, getActivationPlotOptions, type ActivationFigureOptions } from '../../../helpers/activation-figures.ts';
import { plotFunctionAndDerivative } from '../../../../src/lib/figures/plot.ts';

/** The scales the build embeds: those of the figure itself. */
const scalesOf = (options: ActivationFigureOptions) => {
  const plot = plotFunctionAndDerivative(getActivationPlotOptions(options).plot);
  return { x: plot.x, y: plot.y };
};

describe('the functions an explorer follows', () => {
  test('is the library\'s function and derivative', () => {
    expect(getExplorerFunction('sigmoid', 0.1).f(1)).toBe(sigmoid(1));
    expect(getExplorerFunction('sigmoid', 0.1).derivative(1)).toBe(sigmoidDerivative(1));
    expect(getExplorerFunction('tanh', 0.1).derivative(-2)).toBe(tanhDerivative(-2));
    expect(getExplorerFunction('leaky-relu', 0.2).f(-3)).toBe(leakyRelu(-3, 0.2));
  });

  test('at 0, ReLU′ and leaky ReLU′ follow the library\'s convention: 0 and α', () => {
    expect(getExplorerFunction('relu', 0.1).derivative(0)).toBe(0);
    expect(getExplorerFunction('leaky-relu', 0.3).derivative(0)).toBe(0.3);
  });

});

describe('computeScene(fn, x, scales)', () => {
  const sigmoidScales = scalesOf({ fn: 'sigmoid' });

  test('puts the dots on the curves, in the figure\'s own coordinates', () => {
    const scene = computeScene(getExplorerFunction('sigmoid', 0.1), 1, sigmoidScales);
    expect(scene.readout).toEqual({ x: '1', fx: '0.73105858', dfx: '0.19661193' });
    expect(invert(sigmoidScales.x, scene.point.x)).toBeCloseTo(1, 3);
    expect(invert(sigmoidScales.y, scene.point.y)).toBeCloseTo(sigmoid(1), 3);
    expect(invert(sigmoidScales.y, scene.derivativePoint.y)).toBeCloseTo(sigmoidDerivative(1), 3);
    expect(scene.guide).toEqual({ x1: scene.point.x, y1: 36, x2: scene.point.x, y2: 330 });
  });

  test('draws the tangent through the dot with slope f′(x), ends inside the plot area', () => {
    const scene = computeScene(getExplorerFunction('tanh', 0.1), 0.5, scalesOf({ fn: 'tanh' }));
    const { x1, y1, x2, y2 } = scene.tangent!;
    const { x, y } = scalesOf({ fn: 'tanh' });
    const slope = (invert(y, y2) - invert(y, y1)) / (invert(x, x2) - invert(x, x1));
    expect(slope).toBeCloseTo(tanhDerivative(0.5), 3);
    const yAtPoint = invert(y, y1) + slope * (0.5 - invert(x, x1));
    expect(yAtPoint).toBeCloseTo(tanh(0.5), 3);
    for (const px of [x1, x2]) expect(px >= 80 && px <= 624).toBe(true);
    for (const py of [y1, y2]) expect(py >= 36 && py <= 330).toBe(true);
  });

  test('ReLU at 0: the tangent is flat, f′ reads 0', () => {
    const scales = scalesOf({ fn: 'relu' });
    const scene = computeScene(getExplorerFunction('relu', 0.1), 0, scales);
    expect(scene.readout).toEqual({ x: '0', fx: '0', dfx: '0' });
    expect(scene.tangent).toEqual({ x1: 80, y1: scene.point.y, x2: 624, y2: scene.point.y });
  });

  test('leaky ReLU at 0: the tangent has slope α, f′ reads α', () => {
    const scales = scalesOf({ fn: 'leaky-relu', alpha: 0.1 });
    const scene = computeScene(getExplorerFunction('leaky-relu', 0.1), 0, scales);
    expect(scene.readout.dfx).toBe('0.1');
    const { x1, y1, x2, y2 } = scene.tangent!;
    const slope = (invert(scales.y, y2) - invert(scales.y, y1)) / (invert(scales.x, x2) - invert(scales.x, x1));
    expect(slope).toBeCloseTo(0.1, 3);
  });
});
