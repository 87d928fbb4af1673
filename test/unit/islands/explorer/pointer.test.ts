import { describe, expect, test } from 'vitest';
import { clientXToX, snapX } from '../../../../src/islands/explorer/pointer.ts';

const x = { domain: [-6, 6], range: [80, 624] } as const;

describe('clientXToX(clientX, rect, viewBoxWidth, x)', () => {
  test('at full size, a client pixel is a viewBox unit', () => {
    expect(clientXToX(352, { left: 0, width: 640 }, 640, x)).toBe(0);
    expect(clientXToX(80, { left: 0, width: 640 }, 640, x)).toBe(-6);
  });

  test('accounts for where the SVG starts and how wide it is drawn', () => {
    // Drawn at half size, 100px from the left edge: viewBox 352 is at client 100 + 176.
    expect(clientXToX(276, { left: 100, width: 320 }, 640, x)).toBe(0);
    expect(clientXToX(100 + 312, { left: 100, width: 320 }, 640, x)).toBe(6);
  });

  test('does not clamp: a captured pointer may leave the plot', () => {
    expect(clientXToX(0, { left: 0, width: 640 }, 640, x)).toBeCloseTo(-7.7647, 4);
  });
});

describe('snapX(value, domain, step)', () => {
  test('rounds to the step without binary noise', () => {
    expect(snapX(1.23456, [-6, 6], 0.01)).toBe(1.23);
    expect(snapX(0.07, [-6, 6], 0.01)).toBe(0.07);
    expect(snapX(-2.3449, [-6, 6], 0.01)).toBe(-2.34);
    expect(snapX(-2.3451, [-6, 6], 0.01)).toBe(-2.35);
    expect(snapX(1.26, [-6, 6], 0.5)).toBe(1.5);
    expect(snapX(2.4, [-6, 6], 1)).toBe(2);
  });

  test('clamps into the domain', () => {
    expect(snapX(9, [-6, 6], 0.01)).toBe(6);
    expect(snapX(-7.76, [-6, 6], 0.01)).toBe(-6);
    expect(snapX(-2.5049, [-2.505, 3], 0.01)).toBe(-2.5);
    expect(snapX(-2.51, [-2.505, 3], 0.01)).toBe(-2.505);
  });

  test('never returns −0, which the readout would print as "-0"', () => {
    expect(Object.is(snapX(-0.001, [-6, 6], 0.01), 0)).toBe(true);
    expect(Object.is(snapX(-0, [-6, 6], 0.01), 0)).toBe(true);
  });

  test('maps NaN to the left end rather than passing it on', () => {
    expect(snapX(Number.NaN, [-6, 6], 0.01)).toBe(-6);
  });
});
