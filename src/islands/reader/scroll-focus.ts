/**
 * Makes a display equation a tab stop only while it is too wide for its
 * column and so scrolls (issue 14, item 7): a keyboard needs to reach a region
 * to scroll it (WCAG 2.1.1), but 72 stops on one page for formulas that fit
 * only slow the reader down. Whether one fits depends on the screen, so this
 * is decided in the page, again whenever a formula's box or the fonts change.
 * Without JavaScript no formula is a tab stop; Chromium (130+) and Firefox
 * then make scrolling regions focusable themselves.
 */
const SCROLLERS = '.katex-display';

function update(element: Element): void {
  if (!(element instanceof HTMLElement)) return;
  if (element.scrollWidth > element.clientWidth + 1) element.tabIndex = 0;
  else element.removeAttribute('tabindex');
}

export function initScrollFocus(): void {
  const scrollers = document.querySelectorAll(SCROLLERS);
  if (scrollers.length === 0) return;
  const observer = new ResizeObserver((entries) => entries.forEach((entry) => update(entry.target)));
  scrollers.forEach((element) => observer.observe(element));
  // KaTeX's fonts change a formula's width without resizing its box.
  void document.fonts.ready.then(() => scrollers.forEach(update));
}
