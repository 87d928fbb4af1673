/**
 * Whether a Pagefind hit really matches what the reader typed. Pagefind, when
 * a word has no match, falls back to indexed words that share a prefix with
 * it, so "xyzzy" found every page with a lone "x" (issue 14). A hit counts when
 * a highlighted word and a query word share a prefix of all but the last two
 * characters of the query word, and of at least three (or the whole of a
 * shorter query word). That keeps prefix and stem matches ("deriv" →
 * "derivative", "derivatives" → "derivative") and drops near misses
 * ("softplus" → "softmax").
 */

/** Lower-cased words of `text`, letters and digits only (Greek and other scripts included). */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function sharedPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/**
 * @param query what the reader typed
 * @param marked the texts Pagefind highlighted (`<mark>` contents) in a result's excerpts
 * @example isRealMatch('xyzzy', ['x', 'x)']) // false
 * @example isRealMatch('deriv', ['derivative']) // true
 * @example isRealMatch('softplus', ['softmax']) // false
 */
export function isRealMatch(query: string, marked: readonly string[]): boolean {
  const hits = marked.flatMap(words);
  return words(query).some((term) => hits.some((hit) => sharedPrefix(term, hit) >= Math.min(term.length, Math.max(3, term.length - 2))));
}
