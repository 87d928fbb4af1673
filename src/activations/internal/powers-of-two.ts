/**
 * POW2[k + 1022] = 2^k for every normal power of two, k ∈ [−1022, 1023]: the exact scaling that `exp.ts`
 * and `expm1.ts` both finish with, read from one table instead of assembled from bits.
 *
 * Built by doubling from 2^−1022, the smallest normal double: every step is exact (twice a power of two is
 * the next one, and 2^1023 is finite), and a multiplication costs far less than `2 ** k` until the
 * optimising compiler has seen the loop, which it never does here: the table is built once, as the module loads.
 */
export const POW2 = buildPowersOfTwo();

function buildPowersOfTwo(): Float64Array {
  const table = new Float64Array(2046);
  let p = 2 ** -1022;
  for (let i = 0; i < table.length; i++, p *= 2) table[i] = p;
  return table;
}
