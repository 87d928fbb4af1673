/** Facts about the course as a whole, shown in the header, titles and link previews. */
export const site = {
  title: 'Neural Networks by Hand',
  description:
    'A course on the mathematics of neural networks in which every formula is derived, every function is implemented in TypeScript, and every example runs.',
  lang: 'en',
} as const;

/** The `<title>` of a page: its own title, then the course's. */
export function pageTitle(title?: string): string {
  return title ? `${title} · ${site.title}` : site.title;
}
