/**
 * Reads a finished build from disk for the checks that run after it, each
 * page once: what the link check needs (its links and element ids) and what
 * the font preloads need (its class attributes), gathered by one streaming
 * parser (a full DOM of every page would cost the build more than the checks).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';
import type { BuiltPage } from './check-links.ts';

/** A page of the build: its text as written, and what the checks read from it. */
export interface BuiltSitePage extends BuiltPage {
  file: string;
  html: string;
  /** The value of every `class` attribute, each once. */
  classes: Set<string>;
}

/** The links (`<a href>`), ids and class attributes of one HTML page. */
export function pageFromHtml(url: string, html: string): BuiltPage & { classes: Set<string> } {
  const hrefs: string[] = [];
  const ids = new Set<string>();
  const classes = new Set<string>();
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes['id'] !== undefined) ids.add(attributes['id']);
      if (attributes['class']) classes.add(attributes['class']);
      if (name === 'a' && attributes['href'] !== undefined) hrefs.push(attributes['href']);
    },
  });
  parser.write(html);
  parser.end();
  return { url, hrefs, ids, classes };
}

async function filesOf(outDir: string): Promise<{ path: string; url: string; html: boolean }[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, url: `/${relative(outDir, path).split(sep).join('/')}`, html: entry.name.endsWith('.html') };
    });
}

/** Every HTML page of the build. */
export async function readBuiltPages(outDir: string): Promise<BuiltSitePage[]> {
  const pages = (await filesOf(outDir)).filter((file) => file.html);
  return Promise.all(
    pages.map(async ({ path, url }) => {
      const html = await readFile(path, 'utf8');
      return { ...pageFromHtml(url.replace(/index\.html$/, ''), html), file: path, html };
    }),
  );
}

/** The site path of every file of the build that is not a page (a link may name one). */
export async function listBuiltAssets(outDir: string): Promise<Set<string>> {
  return new Set((await filesOf(outDir)).filter((file) => !file.html).map((file) => file.url));
}
