/**
 * Where a reader's edit of an example is kept: localStorage, under a key made
 * from the page and the example's original code, so an edit stays with its
 * example even when the lesson around it changes.
 */
import { shortHash } from '../lib/text.ts';

export function editKey(originalSource: string): string {
  return `course-example:${location.pathname}:${shortHash(originalSource)}`;
}

export function loadEdit(originalSource: string): string | null {
  try {
    return localStorage.getItem(editKey(originalSource));
  } catch {
    return null; // storage disabled: edits last as long as the page
  }
}

export function saveEdit(originalSource: string, code: string | null): void {
  try {
    if (code === null || code === originalSource) localStorage.removeItem(editKey(originalSource));
    else localStorage.setItem(editKey(originalSource), code);
  } catch {
    // storage disabled or full: the edit still runs, it just is not kept
  }
}
