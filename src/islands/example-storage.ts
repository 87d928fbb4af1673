/**
 * Where a reader's edit of an example is kept: localStorage, under a key made
 * from the page, the example's original code and, when a page has several
 * examples with the same code, which of them it is (the first keeps the plain
 * key, so edits saved before the count existed are still found). An edit stays
 * with its example even when the lesson around it changes.
 */
import { shortHash } from '../lib/short-hash.ts';

/**
 * @param occurrence how many examples before this one on the page have the same code
 * @example
 * editKey('console.log(1);', 1); // returns 'course-example:/activations/sigmoid/:1x2y3z:2'
 */
export function editKey(originalSource: string, occurrence = 0): string {
  const key = `course-example:${location.pathname}:${shortHash(originalSource)}`;
  return occurrence === 0 ? key : `${key}:${occurrence + 1}`;
}

export function loadEdit(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage disabled: edits last as long as the page
  }
}

export function saveEdit(key: string, originalSource: string, code: string | null): void {
  try {
    if (code === null || code === originalSource) localStorage.removeItem(key);
    else localStorage.setItem(key, code);
  } catch {
    // storage disabled or full: the edit still runs, it just is not kept
  }
}
