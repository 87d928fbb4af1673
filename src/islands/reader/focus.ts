/** Where keyboard focus is, for page shortcuts that must not steal keys the focused element needs. */

/** True when a key press belongs to a form field, so page shortcuts must not take it. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select, [role="textbox"], [role="slider"]');
}

/**
 * True when `target` or one of its ancestors scrolls (a wide code block,
 * equation or output): the arrow keys are the only keyboard way to scroll
 * it, so they are its keys, not the page's (issue 14, item 2).
 */
export function isInScroller(target: EventTarget | null): boolean {
  for (let element = target instanceof Element ? target : null; element && element !== document.body; element = element.parentElement) {
    const overflowsX = element.scrollWidth > element.clientWidth + 1;
    const overflowsY = element.scrollHeight > element.clientHeight + 1;
    if (!overflowsX && !overflowsY) continue;
    const style = getComputedStyle(element);
    if ((overflowsX && /auto|scroll/.test(style.overflowX)) || (overflowsY && /auto|scroll/.test(style.overflowY))) return true;
  }
  return false;
}
