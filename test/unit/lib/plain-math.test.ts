import { describe, expect, test } from 'vitest';
import { plainTextOf, texToPlainText } from '../../../src/lib/plain-math.ts';

describe('texToPlainText(tex)', () => {
  test.each([
    ['\\sigma(x) = 1/(1 + e^{-x})', 'σ(x) = 1/(1 + e⁻ˣ)'],
    ["\\sigma'(x) = \\sigma(x)(1 - \\sigma(x))", 'σ′(x) = σ(x)(1 − σ(x))'],
    ['1 - \\tanh^2(x)', '1 − tanh²(x)'],
    ['\\operatorname{diag}(s) - s s^{\\top}', 'diag(s) − ssᵀ'],
    ['(0, 1)', '(0, 1)'],
    ['\\frac{1}{1 + e^{-x}}', '1/(1 + e⁻ˣ)'],
    ['e^{ab}', 'e^(ab)'],
    // A subscript stays one: s_i is not "si", and e^{x_i} is not e to the power xi.
    ['s_i', 'sᵢ'],
    ['J_{ij} = s_i(\\delta_{ij} - s_j)', 'Jᵢⱼ = sᵢ(δᵢⱼ − sⱼ)'],
    ['e^{x_i}', 'e^(xᵢ)'],
    ['x_{\\text{max}}', 'xₘₐₓ'],
    ['x_{\\text{big}}', 'x_(big)'],
    ['w_{\\beta}', 'w_β'],
  ])('%s → %s', (tex, text) => {
    expect(texToPlainText(tex)).toBe(text);
  });
});

describe('plainTextOf(text)', () => {
  test('replaces each $…$ span and keeps the words around it', () => {
    expect(plainTextOf('The sigmoid $\\sigma(x)$ squashes into $(0, 1)$.')).toBe('The sigmoid σ(x) squashes into (0, 1).');
  });

  test('leaves a text without TeX as it is, an escaped \\$ included', () => {
    expect(plainTextOf('Costs \\$5, no math')).toBe('Costs \\$5, no math');
  });
});
