/** Reads a finished build from disk for the checks that run after it. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { BuiltPage } from './check-links.ts';

export interface BuiltSite {
  pages: BuiltPage[];
  assets: Set<string>;
}

export async function readBuiltSite(outDir: string): Promise<BuiltSite> {
  const files = await readdir(outDir, { recursive: true, withFileTypes: true });
  const pages: BuiltPage[] = [];
  const assets = new Set<string>();
  for (const entry of files) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const url = `/${relative(outDir, path).split(sep).join('/')}`;
    if (entry.name.endsWith('.html')) {
      pages.push({ url: url.replace(/index\.html$/, ''), tree: fromHtml(await readFile(path, 'utf8')) });
    } else {
      assets.add(url);
    }
  }
  return { pages, assets };
}
