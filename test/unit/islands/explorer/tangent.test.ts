import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { clipTangent, type Box } from '../../../../src/islands/explorer/tangent.ts';

const box: Box = { x: [-6, 6], y: [-0.05, 1.05] };

describe('clipTangent(x0, y0, slope, box)', () => {
  test('a flat line spans the box from side to side', () => {
    expect(clipTangent(-3, 0, 0, box)).toEqual({ x1: -6, y1: 0, x2: 6, y2: 0 });
  });

  test('a flat line above or below the box is not drawn', () => {
    expect(clipTangent(0, 2, 0, box)).toBeUndefined();
    expect(clipTangent(0, -1, 0, box)).toBeUndefined();
  });

  test('a flat line along an edge is drawn (ReLU′ at 0 on a plot whose bottom is 0 would be)', () => {
    expect(clipTangent(0, -0.05, 0, box)).toEqual({ x1: -6, y1: -0.05, x2: 6, y2: -0.05 });
  });

  test('a steep line is cut at the bottom and the top, with y exactly on the edges', () => {
    // The sigmoid's tangent at 0: y = 0.5 + x/4 leaves the box at y = −0.05 (x = −2.2) and y = 1.05 (x = 2.2).
    const segment = clipTangent(0, 0.5, 0.25, box)!;
    expect(segment.x1).toBeCloseTo(-2.2, 12);
    expect(segment.x2).toBeCloseTo(2.2, 12);
    expect(segment.y1).toBe(-0.05);
    expect(segment.y2).toBe(1.05);
  });

  test('a falling line runs left to right from the top to the bottom', () => {
    const segment = clipTangent(0, 0.5, -0.25, box)!;
    expect(segment.x1).toBeCloseTo(-2.2, 12);
    expect(segment.y1).toBe(1.05);
    expect(segment.x2).toBeCloseTo(2.2, 12);
    expect(segment.y2).toBe(-0.05);
  });

  test('a gentle line keeps the sides of the box and computes y there', () => {
    const segment = clipTangent(1, 0.5, 0.01, box)!;
    expect(segment).toEqual({ x1: -6, y1: 0.5 + 0.01 * -7, x2: 6, y2: 0.5 + 0.01 * 5 });
  });

  test('a line that passes beside the box is not drawn', () => {
    // Through (10, 0.5) with slope 1: inside the y band only for x in [9.45, 10.55], right of the box.
    expect(clipTangent(10, 0.5, 1, box)).toBeUndefined();
  });

  test('a line that only touches a corner is not drawn', () => {
    expect(clipTangent(6, -0.05, 1, box)).toBeUndefined();
  });

  test('a non-finite point or slope is not drawn', () => {
    expect(clipTangent(0, Number.NaN, 1, box)).toBeUndefined();
    expect(clipTangent(0, 0.5, Number.POSITIVE_INFINITY, box)).toBeUndefined();
  });

  test('for any point inside the box, the segment lies in the box, on the line, and contains the point', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -6, max: 6, noNaN: true }),
        fc.double({ min: -0.05, max: 1.05, noNaN: true }),
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        (x0, y0, slope) => {
          const segment = clipTangent(x0, y0, slope, box);
          if (!segment) return false;
          const { x1, y1, x2, y2 } = segment;
          const eps = 1e-9;
          const inside = (x: number, y: number) => x >= -6 - eps && x <= 6 + eps && y >= -0.05 - eps && y <= 1.05 + eps;
          const onLine = (x: number, y: number) => Math.abs(y - (y0 + slope * (x - x0))) <= 1e-9 * Math.max(1, Math.abs(slope));
          return inside(x1, y1) && inside(x2, y2) && onLine(x1, y1) && onLine(x2, y2) && x1 <= x0 + eps && x0 <= x2 + eps;
        },
      ),
    );
  });
});
