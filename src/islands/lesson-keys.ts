/**
 * ← and → follow the lesson's previous/next links, but only when the key is
 * free: no modifier held (Alt+← is the browser's Back), no field being typed
 * in, and focus not inside something that scrolls, whose own keys they are.
 */
import { isInScroller, isTyping } from './reader/focus.ts';

export function initLessonKeys(): void {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const rel = event.key === 'ArrowLeft' ? 'prev' : event.key === 'ArrowRight' ? 'next' : undefined;
    if (!rel || isTyping(event.target) || isInScroller(event.target)) return;
    document.querySelector<HTMLAnchorElement>(`nav.pager a[rel="${rel}"]`)?.click();
  });
}
