import { describe, expect, test } from 'vitest';
import { softmax, softmaxJacobian } from '../../../../src/activations/index.ts';
import { parseSvg } from './svg-dom.ts';
import { getActivationPlotOptions, renderActivationFigure } from '../../../../src/lib/figures/activation-figures.ts';

const description = (svg: string) => parseSvg(svg).querySelector('desc')?.textContent;

describe('renderActivationFigure(options)', () => {
  test('describes each figure with numbers computed from the library', () => {
    expect(description(renderActivationFigure({ fn: 'sigmoid' }).svg)).toMatchInlineSnapshot(
      `"The sigmoid σ(x) rises in an S-curve from 0.00247 at x = −6 to 0.998 at x = 6, crossing 0.5 at x = 0. Its derivative σ′(x) is a bump that peaks at 0.25 at x = 0 and falls to 0.00247 at x = −6 and 0.00247 at x = 6."`,
    );
    expect(description(renderActivationFigure({ fn: 'tanh', domain: [-3, 3] }).svg)).toMatchInlineSnapshot(
      `"tanh(x) rises in an S-curve from −0.995 at x = −3 to 0.995 at x = 3, crossing 0 at x = 0. Its derivative tanh′(x) is a bump that peaks at 1 at x = 0 and falls to 0.00987 at x = −3 and 0.00987 at x = 3."`,
    );
    expect(description(renderActivationFigure({ fn: 'relu' }).svg)).toMatchInlineSnapshot(
      `"ReLU(x) is 0 for x ≤ 0 and follows the line y = x for x > 0, reaching 6 at x = 6. Its derivative ReLU′(x) is a step: 0 for x < 0 and 1 for x > 0. At x = 0 a filled dot marks the value used there, ReLU′(0) = 0, and an open circle marks the limit 1 from the right, which is not taken."`,
    );
    expect(description(renderActivationFigure({ fn: 'leaky-relu' }).svg)).toMatchInlineSnapshot(
      `"Leaky ReLU with α = 0.1 follows the line y = 0.1·x for x ≤ 0, reaching −0.6 at x = −6, and the line y = x for x > 0, reaching 6 at x = 6. Its derivative is a step: 0.1 for x < 0 and 1 for x > 0. At x = 0 a filled dot marks the value used there, 0.1, and an open circle marks the limit 1 from the right, which is not taken."`,
    );
  });

  test('softmax is drawn through one entry: s₁ of (x, 0, 1) and its slope, the Jacobian entry J₁₁', () => {
    const { plot } = getActivationPlotOptions({ fn: 'softmax' });
    for (const x of [-6, -1, 0, 1.3132616875182228, 4]) {
      const s = softmax([x, 0, 1])[0]!;
      expect(plot.fn.f(x)).toBe(s);
      expect(plot.derivative.f(x)).toBe(softmaxJacobian([x, 0, 1])[0]![0]);
      expect(plot.derivative.f(x)).toBeCloseTo(s * (1 - s), 15);
    }
    expect(description(renderActivationFigure({ fn: 'softmax' }).svg)).toMatchInlineSnapshot(`"With the other two scores fixed at 0 and 1, the first softmax output s₁ rises in an S-curve from 0.000666 at x = −6 to 0.991 at x = 6, passing 0.422 at x = 1. Its slope ∂s₁/∂x, the Jacobian's diagonal entry s₁(1 − s₁), is a bump that peaks at 0.25 where s₁ = 0.5, near x = 1.31, and falls towards 0 on both sides."`);
  });

  test('the leaky ReLU caption states α, and says when it is not the library default', () => {
    // No-break spaces and word joiners keep "α = 0.1" and "x < 0" on one line; compare them as plain text.
    const caption = (options: Parameters<typeof renderActivationFigure>[0]) =>
      renderActivationFigure(options).caption.replaceAll('\u00a0', ' ').replaceAll('\u2060', '');
    expect(renderActivationFigure({ fn: 'leaky-relu' }).caption).toContain('α\u00a0=\u00a00.1');
    expect(caption({ fn: 'leaky-relu' })).toMatchInlineSnapshot(
      `"Leaky ReLU (solid line) and its derivative (dashed), drawn with α = 0.1 rather than the library's default 0.01, so that the slope for x < 0 is visible. The filled dot is the value we use at 0, α = 0.1."`,
    );
    expect(caption({ fn: 'leaky-relu', alpha: 0.01 })).toContain('drawn with α = 0.01. ');
  });

  test('a derivative\'s name in a caption does not break after its prime', () => {
    expect(renderActivationFigure({ fn: 'relu' }).caption).toContain('ReLU′\u2060(x)');
  });

  test('an author caption replaces the default one', () => {
    expect(renderActivationFigure({ fn: 'tanh', caption: 'Figure 2.' }).caption).toBe('Figure 2.');
  });

  test('ids differ between figures with different options, and an explicit id wins', () => {
    const ids = [{ fn: 'sigmoid' }, { fn: 'tanh' }, { fn: 'tanh', domain: [-3, 3] }, { fn: 'leaky-relu', alpha: 0.2 }] as const;
    const found = ids.map((options) => getActivationPlotOptions(options).plot.id);
    expect(new Set(found).size).toBe(ids.length);
    expect(found.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
    expect(getActivationPlotOptions({ fn: 'sigmoid', id: 'first-sigmoid' }).plot.id).toBe('first-sigmoid');
  });

  test('a domain without 0 is an error that says what to pass', () => {
    expect(() => renderActivationFigure({ fn: 'relu', domain: [1, 5] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: ActivationFigure: domain is [1, 5], expected an interval with 0 inside it, such as [-6, 6]]`,
    );
  });
});
