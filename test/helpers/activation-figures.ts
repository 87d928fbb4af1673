/**
 * The activation course's figures as the lessons ask for them, for the figure
 * and explorer tests: which library functions each draws, with which extra
 * arguments and labels. Test data about one course, not generator code.
 */
import * as library from '../../src/activations/index.ts';
import { getFunctionPlotOptions, type FunctionFigureSpec } from '../../src/lib/figures/function-figures.ts';
import type { ExplorerFunction } from '../../src/islands/explorer/functions.ts';

export type ActivationName = 'sigmoid' | 'tanh' | 'relu' | 'leaky-relu';

export interface ActivationFigureOptions {
  fn: ActivationName;
  alpha?: number;
  domain?: readonly [number, number];
  id?: string;
}

/** The library function and derivative behind a figure, as functions of x. */
export function activationFunctions(name: ActivationName, alpha = 0.1): ExplorerFunction {
  switch (name) {
    case 'sigmoid':
      return { f: (x) => library.sigmoid(x), derivative: (x) => library.sigmoidDerivative(x) };
    case 'tanh':
      return { f: (x) => library.tanh(x), derivative: (x) => library.tanhDerivative(x) };
    case 'relu':
      return { f: (x) => library.relu(x), derivative: (x) => library.reluDerivative(x) };
    case 'leaky-relu':
      return { f: (x) => library.leakyRelu(x, alpha), derivative: (x) => library.leakyReluDerivative(x, alpha) };
  }
}

const LABELS: Record<ActivationName, [string, string]> = {
  sigmoid: ['σ(x)', 'σ′(x)'],
  tanh: ['tanh(x)', 'tanh′(x)'],
  relu: ['ReLU(x)', 'ReLU′(x)'],
  'leaky-relu': ['leakyReLU(x)', 'leakyReLU′(x)'],
};

/** The spec a lesson's `<FunctionFigure>` props amount to. */
export function activationFigure({ fn, alpha, domain, id }: ActivationFigureOptions): FunctionFigureSpec {
  const { f, derivative } = activationFunctions(fn, alpha);
  const [label, derivativeLabel] = LABELS[fn];
  const kinked = fn === 'relu' || fn === 'leaky-relu';
  return { f, df: derivative, label, derivativeLabel, domain, id, discontinuities: kinked ? [0] : [] };
}

export function getActivationPlotOptions(options: ActivationFigureOptions): ReturnType<typeof getFunctionPlotOptions> {
  return getFunctionPlotOptions(activationFigure(options));
}
