/**
 * Shared facts about the built course for the browser tests: which pages
 * exist, and a recorder for the console errors and requests a page makes.
 * Not a spec file (Playwright only collects `*.spec.ts`).
 */
import type { Page } from '@playwright/test';

/** Every page a reader can land on, with the heading they should see. */
export const pages = {
  home: { path: '/', heading: 'Neural Networks by Hand' },
  chapter: { path: '/activations/', heading: 'Activation functions' },
  sigmoid: { path: '/activations/sigmoid/', heading: '3.1 Sigmoid' },
  tanh: { path: '/activations/tanh/', heading: '3.2 Tanh' },
  relu: { path: '/activations/relu/', heading: '3.3 ReLU' },
  leakyRelu: { path: '/activations/leaky-relu/', heading: '3.4 Leaky ReLU' },
  softmax: { path: '/activations/softmax/', heading: '3.5 Softmax and its Jacobian' },
} as const;

/** The chapter's lessons, in reading order. */
export const lessons = [pages.sigmoid, pages.tanh, pages.relu, pages.leakyRelu, pages.softmax] as const;
export const contentPages = [pages.home, pages.chapter, ...lessons] as const;

/** An address with no page behind it; the preview server answers with 404.html. */
export const missingPath = '/no-such-lesson/';

/** A problem the browser reported while a page was open. */
export interface PageProblem {
  kind: 'console' | 'pageerror';
  url: string;
  text: string;
}

/**
 * Starts recording console errors and uncaught exceptions on `page`. The
 * returned array fills as the page runs; read it after the page settles.
 */
export function recordProblems(page: Page): PageProblem[] {
  const problems: PageProblem[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push({ kind: 'console', url: message.location().url, text: message.text() });
  });
  page.on('pageerror', (error) => problems.push({ kind: 'pageerror', url: page.url(), text: `${error.name}: ${error.message}` }));
  return problems;
}

/** Starts recording the URL of every request `page` makes (documents, assets, fetches, workers' own requests excluded). */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** The two screens every reader-experience test checks: a small phone and a laptop. */
export const screens = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

export const colorSchemes = ['light', 'dark'] as const;

/** How one box that may scroll sideways looks to a reader. */
export interface ScrollBox {
  index: number;
  /** Its content is wider than the box. */
  overflows: boolean;
  /** Why it does not show that it scrolls (global.css, "Scroll cue"), or '' when it does. */
  missingCue: string;
  /** It is in the Tab order, so a keyboard can scroll it. */
  tabStop: boolean;
  /** The start of its text, to name it in a failure. */
  text: string;
}

/**
 * Every box matching `selector`: whether it overflows, and whether it shows
 * the scroll cue (shadows drawn by `scroll` background layers, covered by
 * `local` ones at each end) and is a tab stop.
 */
export function scrollBoxes(page: Page, selector: string): Promise<ScrollBox[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element, index) => {
      const style = getComputedStyle(element);
      const missingCue = !/auto|scroll/.test(style.overflowX)
        ? `overflow-x is ${style.overflowX}`
        : !style.backgroundImage.includes('radial-gradient')
          ? 'no shadow at its edges'
          : !style.backgroundAttachment.includes('local')
            ? 'its shadows do not uncover as it scrolls'
            : '';
      return {
        index,
        overflows: element.scrollWidth > element.clientWidth + 1,
        missingCue,
        tabStop: element.hasAttribute('tabindex') && (element as HTMLElement).tabIndex >= 0,
        text: (element.textContent ?? '').replace(/\s+/g, ' ').slice(0, 50),
      };
    }),
  );
}
