import { scaleLinear } from 'd3-scale';
import { describe, expect, test } from 'vitest';
import { invert, project, round } from '../../../../src/islands/explorer/scale.ts';

const x = { domain: [-6, 6], range: [80, 624] } as const;
const y = { domain: [-0.05, 1.05], range: [330, 36] } as const;

describe('project(scale, value) and invert(scale, position)', () => {
  test('agree with d3 scaleLinear, which drew the figure', () => {
    for (const scale of [x, y]) {
      const d3 = scaleLinear().domain(scale.domain).range(scale.range);
      for (const value of [-6, -2.5, 0, 0.37, 1, 6, 7]) {
        expect(project(scale, value)).toBeCloseTo(d3(value), 9);
        expect(invert(scale, d3(value))).toBeCloseTo(d3.invert(d3(value)), 9);
      }
    }
  });

  test('map the ends of the domain to the ends of the range, and back', () => {
    expect(project(x, -6)).toBe(80);
    expect(project(x, 6)).toBe(624);
    expect(project(y, -0.05)).toBe(330);
    expect(invert(x, 352)).toBe(0);
  });
});

describe('round(value)', () => {
  test('keeps two decimals, as the figure does', () => {
    expect(round(123.456)).toBe(123.46);
    expect(round(80)).toBe(80);
  });
});
