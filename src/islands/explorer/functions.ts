/**
 * The functions the explorer can show, each with its derivative, straight from the taught library. At 0,
 * where ReLU and leaky ReLU have no derivative, the library's convention (0 and α) is what the readout
 * prints and what the tangent's slope is.
 */
import { leakyRelu, leakyReluDerivative, relu, reluDerivative, sigmoid, sigmoidDerivative, tanh, tanhDerivative } from '../../activations/index.ts';

/** The names `<FunctionExplorer fn="…">` accepts; the same as `<ActivationFigure>`'s. */
export const explorerFunctionNames = ['sigmoid', 'tanh', 'relu', 'leaky-relu'] as const;

export type ExplorerFunctionName = (typeof explorerFunctionNames)[number];

/** A scalar function and its derivative. */
export interface ExplorerFunction {
  f: (x: number) => number;
  derivative: (x: number) => number;
}

/** True for a name the explorer knows. */
export function isExplorerFunctionName(name: unknown): name is ExplorerFunctionName {
  return explorerFunctionNames.some((known) => known === name);
}

/**
 * The function called `name`; `alpha` is used only by the leaky ReLU.
 *
 * @example
 * getExplorerFunction('relu', 0.1).derivative(0); // returns 0
 * getExplorerFunction('leaky-relu', 0.1).derivative(0); // returns 0.1
 */
export function getExplorerFunction(name: ExplorerFunctionName, alpha: number): ExplorerFunction {
  switch (name) {
    case 'sigmoid':
      return { f: (x) => sigmoid(x), derivative: (x) => sigmoidDerivative(x) };
    case 'tanh':
      return { f: (x) => tanh(x), derivative: (x) => tanhDerivative(x) };
    case 'relu':
      return { f: (x) => relu(x), derivative: (x) => reluDerivative(x) };
    case 'leaky-relu':
      return { f: (x) => leakyRelu(x, alpha), derivative: (x) => leakyReluDerivative(x, alpha) };
  }
}
