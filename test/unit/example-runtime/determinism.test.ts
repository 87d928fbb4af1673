/** Runs print the same on every machine and every time: a seeded Math.random and a fixed clock (issue 10, item 8). */
import { describe, expect, test } from 'vitest';
import { FIXED_TIME, installDeterminism, seededRandom } from '../../../src/example-runtime/determinism.ts';

function scope() {
  return { Math: Object.create(Math) as Math, Date, performance: { now: () => 123 } };
}

describe('installDeterminism', () => {
  test('Math.random gives the same sequence after every install', () => {
    const a = scope();
    installDeterminism(a);
    const first = [a.Math.random(), a.Math.random(), a.Math.random()];
    installDeterminism(a);
    expect([a.Math.random(), a.Math.random(), a.Math.random()]).toEqual(first);
    expect(first[0]).toBe(0.3588899754427616);
  });

  test('the numbers look uniform on [0, 1)', () => {
    const random = seededRandom();
    const draws = Array.from({ length: 100_000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.reduce((sum, x) => sum + x, 0) / draws.length).toBeCloseTo(0.5, 2);
  });

  test('the clock stands at 2000-01-01T00:00:00Z; dates from a value are untouched', () => {
    const s = scope();
    installDeterminism(s);
    expect(s.Date.now()).toBe(FIXED_TIME);
    expect(new s.Date().toISOString()).toBe('2000-01-01T00:00:00.000Z');
    expect(new s.Date(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(new s.Date() instanceof Date).toBe(true);
    expect((s.Date as unknown as () => string)()).toBe(new Date(FIXED_TIME).toString());
    expect(s.performance.now()).toBe(0);
  });

  test('installing twice does not wrap Date twice', () => {
    const s = scope();
    installDeterminism(s);
    const once = s.Date;
    installDeterminism(s);
    expect(new s.Date(5).getTime()).toBe(5);
    expect(s.Date).not.toBe(once);
    expect(s.Date.UTC(2000, 0, 1)).toBe(FIXED_TIME);
  });
});
