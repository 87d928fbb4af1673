/**
 * `expm1(t)` = e^t − 1 in plain TypeScript, for |t| < 40 (the range `tanh` needs: t = 2|x| < 40); outside
 * it, and for NaN, it defers to `Math.expm1`. Written for speed inside a caller's loop, like `exp.ts`:
 * V8 inlines it, `Math.expm1` is a call into C++, and the common path has no data-dependent branch.
 *
 * Method (table-driven, as in Tang, "Table-driven implementation of the exponential function", ACM TOMS
 * 15(2), 1989): t = kd·ln2/256 + r with kd = round(t·256/ln2), so |r| ≤ ln2/512 ≈ 1.354e-3. Write
 * kd = 256k + j (0 ≤ j < 256); then e^t = 2^k · 2^(j/256) · e^r, with 2^(j/256) = T_HI[j] + T_LO[j] held
 * to ~2^−96 and e^r − 1 = p(r) by its degree-5 Taylor polynomial (remainder r^6/720, relative to r at
 * most r^5/720 ≤ 6.2e-18 < 2^−57). With hi = 2^k·T_HI[j] (exact: a power-of-2 scaling),
 *
 *   e^t − 1 = (hi − 1) + 2^k·(T_LO[j] + T_HI[j]·p(r)).
 *
 * For t ∈ [0, ln2), hi ∈ [1, 2] and hi − 1 is exact (Sterbenz); the second term is at most about
 * 1.4e-3·hi, so it is added with one rounding and no cancellation worth counting. Near t = 0 (kd = 0) the
 * result is p(r) itself, so small arguments keep full relative precision, subnormals included.
 * Measured for t ≥ 0 through tanh (test/unit/activations): tanh within 2 ulp of mpmath over 600 000 points.
 */
import { POWERS_OF_TWO } from './powers-of-two.ts';

/** 256/ln2, to round t/(ln2/256) to the nearest integer kd. */
const INV_STEP = 369.3299304675746;
/**
 * ln2/256 split so that kd·STEP_HI is exact: STEP_HI keeps 37 significant bits (low 16 bits zero), and
 * |kd| ≤ 40·256/ln2 < 14 775 < 2^16 needs 16 more. STEP_LO = ln2/256 − STEP_HI to double precision (mpmath).
 */
const STEP_HI = 0.0027076061740558544;
const STEP_LO = 6.432011555819173e-15;

/** Adding then subtracting 1.5·2^52 rounds a double of magnitude < 2^51 to an integer, ties to even. */
const ROUND = 6755399441055744;

/** Past |t| = 40 the tables below are not needed by any caller; `Math.expm1` takes over. */
const LIMIT = 40;

/** 2^(1/256) = T1_HI + T1_LO, to ~2^−106 (mpmath, 50 digits). */
const T1_HI = 1.0027112750502025;
const T1_LO = -3.636615928692264e-17;

/** T_HI[j] + T_LO[j] = 2^(j/256), j = 0 … 255. */
const T_HI = new Float64Array(256);
const T_LO = new Float64Array(256);
/**
 * POW2[k + 1022] = 2^k for k in [−1022, 1023], every normal power of two: |t| < 40 in `expm1` needs k in
 * [−58, 57], t ∈ (−708, 709) in `expTang` needs k in [−1022, 1022] (below). A const of this module's own
 * (see powers-of-two.ts).
 */
const POW2 = POWERS_OF_TWO;

buildTables();

/**
 * Fills T_HI/T_LO by the double-double recurrence 2^((j+1)/256) = 2^(j/256)·2^(1/256), with Dekker's exact
 * product (Veltkamp split, no FMA needed): each step adds at most a few units of 2^−106, so after 255 steps
 * the pair is within 2^−96 of 2^(j/256), far below the 2^−53 the result needs.
 */
function buildTables(): void {
  const SPLIT = 134217729; // 2^27 + 1
  // The high half of a's split; the low half is a − high. (Two numbers, not a pair: an array per call
  // costs more than the arithmetic in the unoptimised code that builds the table, once as the module loads.)
  const high = (a: number): number => {
    const s = SPLIT * a;
    return s - (s - a);
  };
  const bh = high(T1_HI);
  const bl = T1_HI - bh;
  let hi = 1;
  let lo = 0;
  for (let j = 0; j < 256; j++) {
    T_HI[j] = hi;
    T_LO[j] = lo;
    const p = hi * T1_HI;
    const ah = high(hi);
    const al = hi - ah;
    const e = ah * bh - p + ah * bl + al * bh + al * bl; // hi·T1_HI − p, exactly
    const low = e + (hi * T1_LO + lo * T1_HI);
    const sum = p + low;
    lo = low - (sum - p);
    hi = sum;
  }
}

/**
 * e^t − 1 for |t| < 40 (else `Math.expm1`); see the module comment for the method and error. One difference
 * from `Math.expm1`: expm1(−0) is +0 here (0 − 0 rounds to +0). `tanh` never passes 0.
 */
export function expm1(t: number): number {
  if (!(t > -LIMIT && t < LIMIT)) return Math.expm1(t);
  const kd = t * INV_STEP + ROUND - ROUND;
  const ki = kd | 0; // exact: |kd| < 2^16
  const r = t - kd * STEP_HI - kd * STEP_LO; // the first subtraction is exact (Sterbenz), the second rounds once
  const r2 = r * r;
  const p = r + r2 * (0.5 + r * (1 / 6) + r2 * (1 / 24 + r * (1 / 120))); // Estrin's scheme: shorter dependency chain
  const j = ki & 255;
  const scale = POW2[(ki >> 8) + 1022]!; // arithmetic shift: floor(ki/256), so j ≥ 0 for negative ki too
  const th = T_HI[j]!;
  const hi = scale * th;
  return hi - 1 + scale * (T_LO[j]! + th * p);
}

/**
 * ln2/256 split again for `expTang`, whose |kd| reaches 709·256/ln2 ≈ 261 855 < 2^18: EXP_STEP_HI keeps 35
 * significant bits (0x1.62e42fefcp-9, low 18 bits zero), so kd·EXP_STEP_HI is exact for |kd| < 2^18.
 * EXP_STEP_LO = ln2/256 − EXP_STEP_HI to double precision (mpmath, 50 digits); |kd·EXP_STEP_LO| < 1.4e-8,
 * so its rounding and the ~2^−87 relative error of the pair move r by under 2^−76, far below an ulp of e^t.
 */
const EXP_STEP_HI = 0.0027076061741126978;
const EXP_STEP_LO = -5.0411407304988844e-14;

/**
 * The fast path's range. Below: 2^k must be normal for scale·(…) to be an exact scaling, k ≥ −1022; with
 * k = floor(kd/256) and kd = round(t·256/ln2), t > −708 gives kd ≥ −261 486 and k ≥ −1022, and e^t > 3.3e-308
 * is itself normal (subnormal results start at t = −1022·ln2 ≈ −708.40). Above: e^t is finite for
 * t < ln(2^1024) ≈ 709.78; 709 keeps k ≤ 1022. Outside, and for NaN, `Math.exp` (exact enough, and rare).
 */
const EXP_LOWER = -708;
const EXP_UPPER = 709;

/**
 * e^t by the same table and polynomial as `expm1`: e^t = 2^k · (T_HI[j] + (T_LO[j] + T_HI[j]·p(r))), the
 * inner sum added with one rounding to a number in [0.998, 2) (the correction is at most ~2.8e-3 of it), so
 * the error is about 0.5 ulp plus 2^−57 (the polynomial) plus 2^−96 (the table): within 1 ulp of e^t, on
 * (−708, 709); `Math.exp` elsewhere. Unlike `exp.ts` (fdlibm) there is no division on the path, and the
 * polynomial runs in Estrin's scheme, so the dependency chain is about half as long (README.md, Speed).
 */
export function expTang(t: number): number {
  if (!(t > EXP_LOWER && t < EXP_UPPER)) return Math.exp(t);
  const kd = t * INV_STEP + ROUND - ROUND;
  const ki = kd | 0; // exact: |kd| < 2^18
  const r = t - kd * EXP_STEP_HI - kd * EXP_STEP_LO; // first subtraction exact (Sterbenz), second rounds once
  const r2 = r * r;
  const p = r + r2 * (0.5 + r * (1 / 6) + r2 * (1 / 24 + r * (1 / 120)));
  const j = ki & 255;
  const th = T_HI[j]!;
  return POW2[(ki >> 8) + 1022]! * (th + (T_LO[j]! + th * p)); // a power-of-2 scaling of a normal result: exact
}
