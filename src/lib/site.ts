/** Facts about the course as a whole, shown in the header, titles and link previews. */
export const site = {
  title: 'Neural Networks by Hand',
  description:
    'A course on the mathematics of neural networks in which every formula is derived, every function is implemented in TypeScript, and every example runs.',
  lang: 'en',
} as const;

/** Search engines cut titles at about 70 characters (and html-validate's long-title rule). */
const MAX_TITLE = 70;

/** The `<title>` of a page: its own title, then the course's when both fit in 70 characters. */
export function pageTitle(title?: string): string {
  if (!title) return site.title;
  const full = `${title} · ${site.title}`;
  return full.length <= MAX_TITLE ? full : title;
}
