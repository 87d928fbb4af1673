/**
 * Remembers, in this browser, the exercises the reader has passed, and shows
 * them: on the exercise itself, and beside the lesson's link in the chapter
 * sidebar, the mobile menu and the chapter page (issue 14, item 12). Nothing
 * leaves the browser. An exercise counts as passed when its <course-example>
 * reports `data-verdict="pass"` (set by example-controller.ts after a Run).
 *
 * This only sets attributes: `data-passed` on a passed exercise and
 * `data-done` on the links of lessons with one; global.css ("Progress") writes
 * the words, as generated content, which is part of a link's accessible name.
 *
 * Stored under `course-progress` as { "<lesson path>": ["<check>", …] }.
 */
const KEY = 'course-progress';
type Progress = Record<string, string[] | undefined>;

function read(): Progress {
  try {
    return (JSON.parse(localStorage.getItem(KEY) ?? '{}') as Progress | null) ?? {};
  } catch {
    return {}; // storage disabled or unreadable: no progress to show
  }
}

function show(progress: Progress): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-progress]')) {
    if (progress[link.pathname]?.length) link.dataset['done'] = '';
  }
  for (const example of document.querySelectorAll<HTMLElement>('course-example[data-check]')) {
    if (progress[location.pathname]?.includes(example.dataset['check'] ?? '')) example.dataset['passed'] = '';
  }
}

export function initProgress(): void {
  const observer = new MutationObserver((records) => {
    const progress = read();
    for (const { target } of records) {
      const { check = '', verdict } = (target as HTMLElement).dataset;
      if (verdict !== 'pass') continue;
      progress[location.pathname] = [...new Set([...(progress[location.pathname] ?? []), check])];
      try {
        localStorage.setItem(KEY, JSON.stringify(progress));
      } catch {
        // storage disabled: the pass is shown on this page only
      }
    }
    show(progress);
  });
  for (const example of document.querySelectorAll('course-example[data-check]')) {
    observer.observe(example, { attributes: true, attributeFilter: ['data-verdict'] });
  }
  show(read());
}
