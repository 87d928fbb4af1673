/**
 * Marks, in "On this page", the section being read: the last heading that
 * has scrolled past the top fifth of the window (aria-current="true", which
 * global.css shows). Without JavaScript the list is plain links.
 */
const READING_LINE = 0.2;

export function initTocSpy(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a')];
  const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  let scheduled = false;
  const mark = () => {
    scheduled = false;
    const line = innerHeight * READING_LINE;
    let current = -1;
    targets.forEach((target, index) => {
      if (target && target.getBoundingClientRect().top <= line) current = index;
    });
    links.forEach((link, index) => link.setAttribute('aria-current', String(index === current)));
  };
  const schedule = () => {
    if (!scheduled) requestAnimationFrame(mark);
    scheduled = true;
  };
  // A resize scrolls the page too when it moves the text, so scroll alone keeps the mark right.
  addEventListener('scroll', schedule, { passive: true });
  mark();
}
