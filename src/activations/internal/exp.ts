/**
 * `exp(x)` in plain TypeScript, after fdlibm's `e_exp.c` (Sun Microsystems, 1993; the algorithm behind
 * V8's own `Math.exp`). Error < 1 ulp; it differs from `Math.exp` in about 1 result in 10^5, by 1 ulp,
 * where the two choose a different k near a half-multiple of ln 2 (test/unit/activations/internal.test.ts).
 *
 * Why not call `Math.exp`? V8 compiles `Math.exp` to a call into C++ with branches on the range of x.
 * Written here without data-dependent branches on the common path, the optimising compiler inlines the
 * whole function into a caller's loop: `sigmoid` over a `Float64Array` ran about twice as fast as with
 * `Math.exp` (measured with `npm run bench`). `softmax` and `tanhDerivative` use it; `sigmoid` has since
 * moved to the table-driven `expTang` in `expm1.ts` (shorter dependency chain, no division).
 *
 * Method (fdlibm's): x = k·ln2 + r with k = round(x/ln2), so |r| ≤ ln2/2. ln2 is split into LN2_HI, whose
 * low 32 bits are zero so k·LN2_HI is exact for |k| < 2^21, and LN2_LO, so r = (x − k·LN2_HI) − k·LN2_LO
 * carries ~85 bits. e^r = 1 + r + r·c/(2 − c) with c = r − r²·P(r²), P a degree-5 Remez fit (error < 2^-59).
 * Finally scale by 2^k, read from a table instead of assembled from bits (`powers-of-two.ts`).
 */
import { POWERS_OF_TWO } from './powers-of-two.ts';

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700e0;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;

/**
 * The common path needs 2^k to be a normal double, k ≥ −1022, i.e. x ≳ −708.39 (= −1022·ln2 + ln2/2 with
 * margin), and e^x finite, x < 709.78. Outside (overflow, subnormal results, ±∞, NaN) `Math.exp` is exact
 * enough and rare enough.
 */
const LOWER = -708;
const UPPER = 709;

/** Adding then subtracting 1.5·2^52 rounds a double of magnitude < 2^51 to an integer, ties to even. */
const ROUND = 6755399441055744;

/** POW2[k + 1022] = 2^k for integer k in [−1022, 1023]; a const of this module's own (see powers-of-two.ts). */
const POW2 = POWERS_OF_TWO;

/** e^x within 1 ulp; see the module comment for why it is not `Math.exp`. */
export function exp(x: number): number {
  if (!(x > LOWER && x < UPPER)) return Math.exp(x);
  // `Math.round` is a call into C++ on some CPUs (11 ns per element on ours); this is two additions.
  const k = x * INV_LN2 + ROUND - ROUND;
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  return y * POW2[k + 1022]!; // k ∈ [−1021, 1023] here, always inside the table
}
