/**
 * POWERS_OF_TWO[k + 1022] = 2^k for every normal power of two, k ∈ [−1022, 1023]: the exact scaling that
 * `exp.ts` and `expm1.ts` both finish with, read from one table instead of assembled from bits. Each holds
 * it in a `const` of its own, not the imported binding, which TurboFan would read through a cell with hole
 * and map checks in the hot loop (README.md, Speed).
 *
 * Built by doubling from 2^−1022, the smallest normal double: every step is exact (twice a power of two is
 * the next one, and 2^1023 is finite), and a multiplication costs far less than `2 ** k` until the
 * optimising compiler has seen the loop, which it never does here: the table is built once, as the module loads.
 */
export const POWERS_OF_TWO = buildPowersOfTwo();

function buildPowersOfTwo(): Float64Array {
  const table = new Float64Array(2046);
  let p = 2 ** -1022;
  for (let i = 0; i < table.length; i++, p *= 2) table[i] = p;
  return table;
}
