/**
 * The activation-function library the course teaches. Every example imports from here; it runs at build
 * time and in the page, so it is pure TypeScript with no DOM, Node or project imports. The numerics are
 * explained in README.md beside this file.
 */

export { sigmoid, sigmoidDerivative } from './sigmoid.ts';
export { tanh, tanhDerivative } from './tanh.ts';
export { relu, reluDerivative } from './relu.ts';
export { leakyRelu, leakyReluDerivative } from './leaky-relu.ts';
export { softmax, softmaxJacobian } from './softmax.ts';
export type { Elementwise, NestedNumbers, Numeric } from './shape.ts';
