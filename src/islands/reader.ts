/**
 * The one script every page loads before the reader does anything; each part
 * lives in its own module and does nothing on a page without its elements.
 * Everything heavier (search, the example runner, the explorers' code) loads
 * later, on a sign of intent. Budget: 3 KB gzip with the lesson islands'
 * bootstraps (test/build/page-weight.test.ts).
 */
import { initLessonKeys } from './lesson-keys.ts';
import { initProgress } from './reader/progress.ts';
import { initScrollFocus } from './reader/scroll-focus.ts';
import { initTocSpy } from './reader/toc-spy.ts';
import { initSearchBox } from './search-box.ts';
import { initThemeToggle } from './theme-toggle.ts';

initThemeToggle();
initSearchBox();
initLessonKeys();
// Copy buttons are in the HTML; what they do loads on the first click.
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button.copy-code') : null;
  if (button instanceof HTMLButtonElement) void import('./copy-code.ts').then(({ copyCode }) => copyCode(button));
});
initScrollFocus();
initTocSpy();
initProgress();
