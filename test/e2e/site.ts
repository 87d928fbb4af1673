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
} as const;

export const lessons = [pages.sigmoid, pages.tanh] as const;
export const contentPages = [pages.home, pages.chapter, pages.sigmoid, pages.tanh] as const;

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
