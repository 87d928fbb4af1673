/** Where keyboard focus is, for page shortcuts that must not steal keys the focused element needs. */

/** True when a key press belongs to a form field, so page shortcuts must not take it. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select, [role="textbox"]');
}

/**
 * True when `target` or one of its ancestors scrolls sideways (a wide code
 * block, equation or output): ← and → are the only keyboard way to scroll
 * it, so they are its keys, not the page's (issue 14, item 2). Only sideways
 * scrolling counts, as those are the keys in question.
 */
export function isInScroller(target: EventTarget | null): boolean {
  for (let element = target instanceof Element ? target : null; element; element = element.parentElement) {
    if (element.scrollWidth > element.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(element).overflowX)) return true;
  }
  return false;
}
