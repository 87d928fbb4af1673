/**
 * Facts about the course as a whole (the `course()` options in
 * astro.config.mjs), shown in the header, titles and link previews.
 */
import config from 'virtual:course/config';
import { pageTitle as titleOf } from './page-title.ts';

export const site = { title: config.title, description: config.description, lang: config.lang, footer: config.footer } as const;

/** The `<title>` of a page: its own title, then the course's when both fit in 70 characters. */
export function pageTitle(title?: string): string {
  return titleOf(title, site.title);
}

/** A site path (`/activations/`) as the browser must request it, under Astro's `base`. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL;
  return `${base.endsWith('/') ? base.slice(0, -1) : base}${path}`;
}
