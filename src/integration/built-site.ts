/**
 * Reads a finished build from disk for the checks that run after it, each
 * page once: what the link check needs (its links and element ids) and what
 * the font preloads need (its class attributes), gathered by one streaming
 * parser (a full DOM of every page would cost the build more than the checks),
 * and the characters its formulas draw (for the fonts' subsets).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';
import type { BuiltPage } from './check-links.ts';

/** A page of the build: its text as written, and what the checks read from it. */
export interface BuiltSitePage extends PageContents {
  file: string;
  html: string;
}

/** What the checks read from one HTML page. */
export interface PageContents extends BuiltPage {
  /**
   * Every `class` attribute's value, with where it is first used: how far into
   * the page's reading text (its `data-pagefind-body`), in words of text (a
   * formula counts as 1, a displayed one as 15, a figure as 120: roughly the
   * room they take). 0 before the text begins, Infinity after it ends.
   */
  classes: Map<string, number>;
  /** Every character KaTeX's HTML draws on the page (not its MathML, which is read, not seen). */
  mathGlyphs: Set<string>;
}

/** Rough room a thing takes, in words of running text (see PageContents). */
const DISPLAY_FORMULA_WORDS = 15;
const FIGURE_WORDS = 120;

/** The links (`<a href>`), ids and class attributes of one HTML page. */
export function pageFromHtml(url: string, html: string): PageContents {
  const hrefs: string[] = [];
  const ids = new Set<string>();
  const classes = new Map<string, number>();
  let words = 0;
  // Depth inside the reading text (0: not in it), and inside something counted as a whole.
  let body = 0;
  let bodyEnded = false;
  let whole = 0;
  const mathGlyphs = new Set<string>();
  // Depth inside a formula's drawn HTML (`.katex-html`), 0 outside.
  let drawn = 0;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes['id'] !== undefined) ids.add(attributes['id']);
      if (name === 'a' && attributes['href'] !== undefined) hrefs.push(attributes['href']);
      if (body > 0) body++;
      else if (!bodyEnded && attributes['data-pagefind-body'] !== undefined) body = 1;
      const value = attributes['class'];
      if (drawn > 0) drawn++;
      else if (value === 'katex-html') drawn = 1;
      if (value && !classes.has(value)) classes.set(value, body > 0 ? words : bodyEnded ? Number.POSITIVE_INFINITY : 0);
      if (whole > 0) whole++;
      else if (value === 'katex' || value === 'katex-display' || name === 'svg' || name === 'script' || name === 'style') {
        whole = 1;
        if (body > 0) words += value === 'katex-display' ? DISPLAY_FORMULA_WORDS : value === 'katex' ? 1 : name === 'svg' ? FIGURE_WORDS : 0;
      }
    },
    onclosetag() {
      if (drawn > 0) drawn--;
      if (whole > 0) whole--;
      if (body > 0 && --body === 0) bodyEnded = true;
    },
    ontext(text) {
      if (body > 0 && whole === 0) words += text.split(/\s+/).filter(Boolean).length;
      if (drawn > 0) for (const char of text) mathGlyphs.add(char);
    },
  });
  parser.write(html);
  parser.end();
  return { url, hrefs, ids, classes, mathGlyphs };
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
