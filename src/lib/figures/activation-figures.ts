/**
 * The figures of the activation lessons: for each function, what to plot (the library's own function and
 * derivative, evaluated at build time), its legend names, and the words a screen reader hears instead of
 * seeing it. The numbers in those words are computed too, so a change to the library shows up in the text.
 */

import {
  leakyRelu,
  leakyReluDerivative,
  relu,
  reluDerivative,
  sigmoid,
  sigmoidDerivative,
  softmax,
  softmaxJacobian,
  tanh,
  tanhDerivative,
} from '../../activations/index.ts';
import { shortHash } from '../text.ts';
import { plotFunctionAndDerivative, type PlotOptions } from './plot.ts';
import { renderPlotSvg } from './render-svg.ts';

export type ActivationName = 'sigmoid' | 'tanh' | 'relu' | 'leaky-relu' | 'softmax';


interface CommonFigureOptions {
  /**
   * The x interval to plot. It must contain 0, where all four functions do what the lessons discuss.
   * @default [-6, 6]
   */
  domain?: readonly [number, number];
  /** The caption under the figure. @default a sentence naming both curves and their line styles */
  caption?: string;
  /**
   * The prefix of the ids that link the SVG to its title and description. Set it only when the same
   * figure appears twice on one page. @default derived from the other options
   */
  id?: string;
}

/** What `<ActivationFigure>` accepts. `alpha` exists only for the leaky ReLU. */
export type ActivationFigureOptions =
  | (CommonFigureOptions & { fn: 'sigmoid' | 'tanh' | 'relu' })
  | (CommonFigureOptions & { fn: 'softmax' })
  | (CommonFigureOptions & {
      fn: 'leaky-relu';
      /**
       * The slope for x ≤ 0. Larger than the library's default 0.01, which would draw as a flat line;
       * the default caption says which α is shown.
       * @default 0.1
       */
      alpha?: number;
    });

/** A rendered figure: the SVG markup (all text escaped) and the caption text (not yet escaped). */
export interface ActivationFigure {
  svg: string;
  caption: string;
}

/**
 * Plots an activation function and its derivative, as an SVG string to inline, with its caption.
 *
 * @example
 * renderActivationFigure({ fn: 'sigmoid' }).caption;
 * // returns 'The sigmoid σ(x) (solid line) and its derivative σ′(x) (dashed).' (with a word joiner after ′)
 */
export function renderActivationFigure(options: ActivationFigureOptions): ActivationFigure {
  const { plot, caption } = getActivationPlotOptions(options);
  return { svg: renderPlotSvg(plotFunctionAndDerivative(plot)), caption: options.caption ?? caption };
}

/** The plot options and the default caption for one activation figure. */
export function getActivationPlotOptions(options: ActivationFigureOptions): { plot: PlotOptions; caption: string } {
  const domain = options.domain ?? [-6, 6];
  const [a, b] = domain;
  if (!(a < 0 && b > 0)) {
    throw new RangeError(`ActivationFigure: domain is [${a}, ${b}], expected an interval with 0 inside it, such as [-6, 6]`);
  }
  const id = options.id ?? `activation-figure-${options.fn}-${shortHash(JSON.stringify(options))}`;
  const spec = options.fn === 'leaky-relu' ? leakyReluSpec(a, b, options.alpha ?? 0.1) : SPECS[options.fn](a, b);
  return { plot: { id, domain, ...spec.plot }, caption: spec.caption };
}

type Spec = { plot: Omit<PlotOptions, 'id' | 'domain'>; caption: string };

/**
 * Softmax maps a vector to a vector, so its figure follows one entry: the first output s₁ of
 * softmax(x, 0, 1) as the first input x moves, and its slope ∂s₁/∂x, the Jacobian's entry J₁₁ = s₁(1 − s₁).
 */
const OTHER_SCORES = [0, 1] as const;
const firstSoftmax = (x: number) => softmax([x, ...OTHER_SCORES])[0] ?? NaN;
const firstJacobian = (x: number) => softmaxJacobian([x, ...OTHER_SCORES])[0]?.[0] ?? NaN;

const SPECS: Record<'sigmoid' | 'tanh' | 'relu' | 'softmax', (a: number, b: number) => Spec> = {
  softmax: (a, b) => ({
    plot: {
      title: 'The first softmax output s₁ of (x, 0, 1) and its slope ∂s₁/∂x',
      description:
        `With the other two scores fixed at 0 and 1, the first softmax output s₁ rises in an S-curve from ${n(firstSoftmax(a))} ` +
        `at x = ${n(a)} to ${n(firstSoftmax(b))} at x = ${n(b)}, passing ${n(firstSoftmax(1))} at x = 1. Its slope ∂s₁/∂x, ` +
        `the Jacobian's diagonal entry s₁(1 − s₁), is a bump that peaks at ${n(firstJacobian(Math.log(Math.E + 1)))} ` +
        `where s₁ = 0.5, near x = ${n(Math.log(Math.E + 1))}, and falls towards 0 on both sides.`,
      fn: { label: 's₁', f: firstSoftmax },
      derivative: { label: '∂s₁/∂x', f: firstJacobian },
    },
    caption: `The first output ${nb('s₁')} of softmax${nb('(x, 0, 1)')} (solid line) and its slope ${nb('∂s₁/∂x = s₁(1 − s₁)')}, the Jacobian's first diagonal entry (dashed).`,
  }),
  sigmoid: (a, b) => ({
    plot: {
      title: 'The sigmoid σ(x) and its derivative σ′(x)',
      description:
        `The sigmoid σ(x) rises in an S-curve from ${n(sigmoid(a))} at x = ${n(a)} to ${n(sigmoid(b))} at x = ${n(b)}, ` +
        `crossing ${n(sigmoid(0))} at x = 0. Its derivative σ′(x) is a bump that peaks at ${n(sigmoidDerivative(0))} at x = 0 ` +
        `and falls to ${n(sigmoidDerivative(a))} at x = ${n(a)} and ${n(sigmoidDerivative(b))} at x = ${n(b)}.`,
      fn: { label: 'σ(x)', f: (x) => sigmoid(x) },
      derivative: { label: 'σ′(x)', f: (x) => sigmoidDerivative(x) },
    },
    caption: `The sigmoid σ(x) (solid line) and its derivative ${nb('σ′(x)')} (dashed).`,
  }),
  tanh: (a, b) => ({
    plot: {
      title: 'tanh(x) and its derivative tanh′(x)',
      description:
        `tanh(x) rises in an S-curve from ${n(tanh(a))} at x = ${n(a)} to ${n(tanh(b))} at x = ${n(b)}, crossing 0 at x = 0. ` +
        `Its derivative tanh′(x) is a bump that peaks at ${n(tanhDerivative(0))} at x = 0 ` +
        `and falls to ${n(tanhDerivative(a))} at x = ${n(a)} and ${n(tanhDerivative(b))} at x = ${n(b)}.`,
      fn: { label: 'tanh(x)', f: (x) => tanh(x) },
      derivative: { label: 'tanh′(x)', f: (x) => tanhDerivative(x) },
    },
    caption: `tanh(x) (solid line) and its derivative ${nb('tanh′(x)')} (dashed).`,
  }),
  relu: (_a, b) => ({
    plot: {
      title: 'ReLU(x) and its derivative ReLU′(x)',
      description:
        `ReLU(x) is ${n(relu(-1))} for x ≤ 0 and follows the line y = x for x > 0, reaching ${n(relu(b))} at x = ${n(b)}. ` +
        `Its derivative ReLU′(x) is a step: ${n(reluDerivative(-1))} for x < 0 and ${n(reluDerivative(1))} for x > 0. ` +
        `At x = 0 a filled dot marks the value used there, ReLU′(0) = ${n(reluDerivative(0))}, ` +
        `and an open circle marks the limit ${n(reluDerivative(1))} from the right, which is not taken.`,
      fn: { label: 'ReLU(x)', f: (x) => relu(x) },
      derivative: { label: 'ReLU′(x)', f: (x) => reluDerivative(x), discontinuities: [0] },
      kinks: [0],
    },
    caption: `ReLU(x) (solid line) and its derivative ${nb('ReLU′(x)')} (dashed). The derivative jumps at 0; the filled dot is the value we use there, ${nb('ReLU′(0) = 0')}.`,
  }),
};

function leakyReluSpec(a: number, b: number, alpha: number): Spec {
  const f = (x: number) => leakyRelu(x, alpha);
  const df = (x: number) => leakyReluDerivative(x, alpha);
  const α = n(alpha);
  return {
    plot: {
      title: `Leaky ReLU with α = ${α} and its derivative`,
      description:
        `Leaky ReLU with α = ${α} follows the line y = ${α}·x for x ≤ 0, reaching ${n(f(a))} at x = ${n(a)}, ` +
        `and the line y = x for x > 0, reaching ${n(f(b))} at x = ${n(b)}. ` +
        `Its derivative is a step: ${n(df(-1))} for x < 0 and ${n(df(1))} for x > 0. ` +
        `At x = 0 a filled dot marks the value used there, ${n(df(0))}, and an open circle marks the limit ${n(df(1))} from the right, which is not taken.`,
      fn: { label: 'leakyReLU(x)', f },
      derivative: { label: 'leakyReLU′(x)', f: df, discontinuities: [0] },
      kinks: [0],
    },
    caption:
      `Leaky ReLU (solid line) and its derivative (dashed), drawn with ${nb(`α = ${α}`)}` +
      (alpha === 0.01 ? '' : ` rather than the library's default 0.01, so that the slope for ${nb('x < 0')} is visible`) +
      `. The filled dot is the value we use at 0, ${nb(`α = ${α}`)}.`,
  };
}

/** A number for prose: three significant digits, a true minus sign, and no `-0`. */
function n(value: number): string {
  return String(Number(value.toPrecision(3)) + 0).replace('-', '−');
}

/**
 * Keeps a short formula on one line of the caption: spaces become no-break spaces, and a word joiner after
 * each prime stops browsers breaking `ReLU′(x)` between `′` and `(` (UAX #14 allows a break there).
 */
function nb(formula: string): string {
  return formula.replaceAll(' ', '\u00a0').replaceAll('′', '′\u2060');
}

