/** The light/dark toggle: it applies at once, is remembered, and never flashes the wrong theme. */
import { expect, test, type Page } from '@playwright/test';
import { pages } from './site.ts';

declare global {
  interface Window {
    /** Changes to <html data-theme> and the insertion of <body>, in the order the parser made them. */
    __themeEvents?: ({ type: 'theme'; oldValue: string | null } | { type: 'body' })[];
  }
}

/**
 * Records, from before the page's first script, every change to <html
 * data-theme> and the moment <body> is inserted. Mutation records arrive in
 * order, so even if the observer's callback runs late we can tell which theme
 * <html> carried when <body> appeared — which is before anything was painted.
 */
function watchThemeBeforeBody(): void {
  const events: NonNullable<Window['__themeEvents']> = [];
  window.__themeEvents = events;
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.target === document.documentElement) events.push({ type: 'theme', oldValue: record.oldValue });
      for (const node of record.addedNodes) if (node.nodeName === 'BODY') events.push({ type: 'body' });
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-theme'], attributeOldValue: true });
}

/** The theme <html> carried when <body> was inserted. */
async function themeWhenBodyAppeared(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const events = window.__themeEvents ?? [];
    const body = events.findIndex((event) => event.type === 'body');
    if (body === -1) throw new Error('the observer never saw <body> inserted');
    const laterChange = events.slice(body).find((event) => event.type === 'theme');
    return laterChange?.type === 'theme' ? laterChange.oldValue : document.documentElement.getAttribute('data-theme');
  });
}

test('clicking the toggle switches to dark and remembers it across pages and reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(pages.sigmoid.path);
  const html = page.locator('html');
  const toggle = page.locator('button.theme-toggle');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');

  await page.locator('nav[aria-label="Lessons"] a[rel="next"]').click();
  await expect(page).toHaveURL(pages.tanh.path);
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('button.theme-toggle')).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('button.theme-toggle')).toHaveAttribute('aria-pressed', 'true');

  await page.locator('button.theme-toggle').click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('button.theme-toggle')).toHaveAttribute('aria-pressed', 'false');
});

test('with nothing stored, a system dark preference starts the page dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(pages.sigmoid.path);
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('button.theme-toggle')).toHaveAttribute('aria-pressed', 'true');
});

test('a stored choice wins over the system preference', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.addInitScript(() => localStorage.setItem('theme', 'light'));
  await page.goto(pages.sigmoid.path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('no flash: <html> carries the reader\'s theme before <body> is parsed', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(watchThemeBeforeBody);
  await page.goto(pages.sigmoid.path);
  // The served HTML says data-theme="light"; only the <head> script can change it before <body>.
  expect(await themeWhenBodyAppeared(page)).toBe('light');

  await page.evaluate(() => localStorage.setItem('theme', 'dark'));
  await page.reload();
  expect(await themeWhenBodyAppeared(page)).toBe('dark');

  await page.evaluate(() => localStorage.removeItem('theme'));
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  expect(await themeWhenBodyAppeared(page)).toBe('dark');
});
