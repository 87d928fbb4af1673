/**
 * Where a lesson's and a chapter's downloads live in the built site. Shared by
 * the pages (which link to them) and the build step that writes them
 * (integration/downloads/), so a link and its file can never disagree.
 */

/**
 * The file name of a lesson's download, beside its page.
 * @example
 * lessonDownloadName({ section: '3.1', id: 'sigmoid' }); // returns '3.1-sigmoid.zip'
 */
export function lessonDownloadName(lesson: { section: string; id: string }): string {
  return `${lesson.section}-${lesson.id}.zip`;
}

/**
 * The file name of a chapter's download (all its lessons), beside the chapter page.
 * @example
 * chapterDownloadName({ number: 3, id: 'activations' }); // returns 'chapter-3-activations.zip'
 */
export function chapterDownloadName(chapter: { number: number; id: string }): string {
  return `chapter-${chapter.number}-${chapter.id}.zip`;
}

/**
 * The folder a download unpacks into: the zip's name without `.zip`, so that
 * unpacking never scatters files over the reader's folder.
 * @example
 * downloadFolder('3.1-sigmoid.zip'); // returns '3.1-sigmoid'
 */
export function downloadFolder(zipName: string): string {
  return zipName.replace(/\.zip$/, '');
}
