/**
 * Distance between doubles in units in the last place (ulp): how many representable doubles lie between
 * `a` and `b`. It is a relative measure for normal numbers and an absolute one (steps of 2^-1074) for
 * subnormals, which is exactly the tolerance a result that underflows can be held to.
 */

const view = new DataView(new ArrayBuffer(8));

/** The double's position on a number line of all doubles, −0 and +0 sharing position 0. */
function ordinal(x: number): bigint {
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  return bits < 0n ? -(bits & 0x7fffffffffffffffn) : bits;
}

/** Number of doubles between `a` and `b` (0 when equal); `Infinity` if either is NaN and the other not. */
export function ulpDistance(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Number.POSITIVE_INFINITY;
  const d = ordinal(a) - ordinal(b);
  return Number(d < 0n ? -d : d);
}
