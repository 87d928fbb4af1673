/** ← and → follow the lesson's previous/next links, unless the reader is typing. */
import { isTyping } from './search.ts';

export function initLessonKeys(): void {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || isTyping(event.target)) return;
    const rel = event.key === 'ArrowLeft' ? 'prev' : event.key === 'ArrowRight' ? 'next' : undefined;
    const link = rel && document.querySelector<HTMLAnchorElement>(`nav[aria-label="Lessons"] a[rel="${rel}"]`);
    if (link) link.click();
  });
}
