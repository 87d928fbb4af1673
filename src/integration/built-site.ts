/**
 * Reads a finished build from disk for the checks that run after it. Only
 * what the link check needs is kept: each page's links and element ids,
 * gathered by a streaming parser (a full DOM of every page would cost the
 * build more than the check itself).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';
import type { BuiltPage } from './check-links.ts';

export interface BuiltSite {
  pages: BuiltPage[];
  assets: Set<string>;
}

/** The links (`<a href>`) and ids of one HTML page. */
export function pageFromHtml(url: string, html: string): BuiltPage {
  const hrefs: string[] = [];
  const ids = new Set<string>();
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes['id'] !== undefined) ids.add(attributes['id']);
      if (name === 'a' && attributes['href'] !== undefined) hrefs.push(attributes['href']);
    },
  });
  parser.write(html);
  parser.end();
  return { url, hrefs, ids };
}

export async function readBuiltSite(outDir: string): Promise<BuiltSite> {
  const files = await readdir(outDir, { recursive: true, withFileTypes: true });
  const pages: BuiltPage[] = [];
  const assets = new Set<string>();
  for (const entry of files) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const url = `/${relative(outDir, path).split(sep).join('/')}`;
    if (entry.name.endsWith('.html')) pages.push(pageFromHtml(url.replace(/index\.html$/, ''), await readFile(path, 'utf8')));
    else assets.add(url);
  }
  return { pages, assets };
}
