/**
 * Makes a run print the same text every time, on any machine: a seeded
 * `Math.random` and a fixed clock, installed on the global scope a program
 * runs in (a fresh `vm` context at build time, a fresh Web Worker in the
 * page). Without this, an example that prints `Math.random()` or the date is
 * cached with one output and fails on the next fresh clone (issue 10, item 8).
 *
 * - `Math.random()` is mulberry32 from a fixed seed: the same sequence in
 *   every run, the build's and the reader's.
 * - `Date.now()`, `new Date()` and `Date()` give {@link FIXED_TIME}
 *   (2000-01-01T00:00:00.000Z) and stay there; `new Date(value)` is untouched.
 * - `performance.now()` gives 0 and stays there, so elapsed-time printouts read 0.
 */

/** The instant every run's clock shows: 2000-01-01T00:00:00.000Z. */
export const FIXED_TIME = Date.UTC(2000, 0, 1);

/** The seed of every run's `Math.random`; fixed forever, as changing it changes outputs. */
const SEED = 0x9e3779b9;

/** Where a fixed-clock Date keeps the real constructor, so installing twice does not wrap twice. */
const REAL_DATE = Symbol('course.realDate');

/**
 * mulberry32 (Tommy Ettinger's small 32-bit generator), two outputs per
 * number for the 53 bits of a double in [0, 1): good enough for teaching
 * examples, short enough to read, and plain 32-bit integer arithmetic, so
 * every engine gives the same sequence. Not for cryptography.
 * @example
 * const random = seededRandom(); random(); // returns 0.3588899754427616 in every run, build and page alike
 */
export function seededRandom(): () => number {
  let state = SEED;
  const next32 = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  // 27 high bits and 26 low bits, as V8 and SpiderMonkey build a double.
  return () => ((next32() >>> 5) * 0x400_0000 + (next32() >>> 6)) / 0x20_0000_0000_0000;
}

/** A `Date` whose clock is fixed: construction without arguments and `Date.now()` give FIXED_TIME. */
function fixedClockDate(RealDate: DateConstructor): DateConstructor {
  return new Proxy(RealDate, {
    construct: (target, args: unknown[], newTarget) => Reflect.construct(target, args.length === 0 ? [FIXED_TIME] : args, newTarget) as object,
    // `Date()` called without `new` returns the current time as a string.
    apply: () => new RealDate(FIXED_TIME).toString(),
    get: (target, property, receiver) => (property === 'now' ? () => FIXED_TIME : Reflect.get(target, property, receiver)),
  });
}

interface DeterministicScope {
  Math: Math;
  Date: DateConstructor;
  performance?: { now(): number } | undefined;
}

/**
 * Installs the seeded random numbers and the fixed clock on `scope` (the
 * global object a program runs in). Called by runProgram before every run, so
 * each run starts from the same seed.
 */
export function installDeterminism(scope: DeterministicScope = globalThis as unknown as DeterministicScope): void {
  Object.defineProperty(scope.Math, 'random', { value: seededRandom(), writable: true, configurable: true });
  const RealDate = (scope.Date as DateConstructor & { [REAL_DATE]?: DateConstructor })[REAL_DATE] ?? scope.Date;
  const fixed = fixedClockDate(RealDate);
  Object.defineProperty(fixed, REAL_DATE, { value: RealDate });
  Object.defineProperty(scope, 'Date', { value: fixed, writable: true, configurable: true });
  if (scope.performance) Object.defineProperty(scope.performance, 'now', { value: () => 0, writable: true, configurable: true });
}

