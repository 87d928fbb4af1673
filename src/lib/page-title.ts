/** Search engines cut titles at about 70 characters (and html-validate's long-title rule). */
const MAX_TITLE = 70;

/**
 * The `<title>` of a page: its own title, then the course's when both fit in 70 characters.
 * @example pageTitle('3.1 Sigmoid', 'Neural Networks by Hand'); // returns '3.1 Sigmoid · Neural Networks by Hand'
 */
export function pageTitle(title: string | undefined, courseTitle: string): string {
  if (!title) return courseTitle;
  const full = `${title} · ${courseTitle}`;
  return full.length <= MAX_TITLE ? full : title;
}
