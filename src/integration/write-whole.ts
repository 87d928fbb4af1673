/**
 * Writes a file aside and renames it over the old one, so anything reading it
 * at the same time (another build's cache lookup, Pagefind indexing the pages
 * while their fonts are cut) reads the old file or the new one, never half of
 * one. The aside file is named `<file>.<uuid>`: no `.html`, `.json` or `.js`
 * at its end, so nothing that lists files by their extension picks it up.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function writeWhole(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const aside = `${file}.${randomUUID()}`;
  await writeFile(aside, data);
  await rename(aside, file);
}
