/** The lessons of a course: every .mdx file under its content folder, in a stable order. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export async function lessonFiles(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => join(entry.parentPath, entry.name))
    .toSorted();
}
