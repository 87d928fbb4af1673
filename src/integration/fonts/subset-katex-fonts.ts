/**
 * After the build, cuts each KaTeX font the site's formulas use down to the
 * characters they draw, so a reader downloads the glyphs the course shows and
 * not all of KaTeX's: the course's formulas draw 77 distinct characters, and
 * the 7 faces they use went from 112 kB to 48 kB. Formulas are only
 * ever typeset at build time, so the built pages hold every character a
 * reader will see drawn in these fonts.
 *
 * Files under /_astro/ are named by a hash of their content and may be cached
 * for good, so a cut font gets a name of its own content, and so does the
 * stylesheet that names it; every page is pointed at the new names.
 *
 * A cut font is written as WOFF, which every browser KaTeX supports reads, and
 * takes the place of the WOFF2 at the head of its face's `src` (KaTeX's full
 * WOFF and TTF stay behind it): encoding WOFF2 (Brotli at its slowest, in
 * wasm) cost a 6-lesson build 0.3 s more for 20 % fewer bytes.
 *
 * First, a page that draws no formula loses its link to KaTeX's stylesheet: the
 * lesson page imports it for every lesson (one route renders them all), and a
 * lesson without math has no use for it.
 *
 * The pages are rewritten whole (write-whole.ts): Pagefind reads them meanwhile.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { shortHash } from '../../lib/short-hash.ts';
import { writeWhole } from '../write-whole.ts';
import type { CutFont } from './font-cutter.ts';
import { facesUsed, parseKatexFonts } from './preload-katex-fonts.ts';

/** A page as the checks after the build hold it; its html is rewritten in place. */
export interface PageWithMath {
  file: string;
  html: string;
  classes: ReadonlyMap<string, number>;
  mathGlyphs: ReadonlySet<string>;
}

export interface SubsetStats {
  faces: number;
  glyphs: number;
  bytesBefore: number;
  bytesAfter: number;
}

/** Characters KaTeX's stylesheet draws itself: an equation's number, `(1)`. */
export const STYLESHEET_GLYPHS = '()0123456789';

/**
 * `KaTeX_Main-Regular.B22Nviop.woff2` → `KaTeX_Main-Regular.<hash of content>.woff`; the stylesheet, whatever
 * Vite named it after (its chunk's first module), → `katex.<hash>.css`.
 */
function renamed(url: string, content: Uint8Array | string, extension: 'woff' | 'css'): string {
  const hash = shortHash(typeof content === 'string' ? content : Buffer.from(content).toString('latin1'));
  if (extension === 'css') return url.replace(/[^/]+\.css$/, `katex.${hash}.css`);
  return url.replace(/\.[\w-]+\.woff2$/, `.${hash}.${extension}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const require = createRequire(import.meta.url);

/** The name of a face's TrueType file in the KaTeX package, from its WOFF2's path, built (`KaTeX_Main-Regular.<hash>.woff2`) or not. */
export function ttfOf(path: string): string {
  return `${(path.split(/[\\/]/).at(-1) ?? '').split('.')[0]}.ttf`;
}

/**
 * The face's TrueType file from the KaTeX package (`KaTeX_Main-Regular.<hash>.woff2` → its
 * `KaTeX_Main-Regular.ttf`): the same outlines, and reading it needs no WOFF2 decoder, whose start
 * cost the build more than the cut. The built WOFF2 if the package has none.
 */
async function sourceOf(file: string): Promise<Buffer> {
  try {
    return await readFile(require.resolve(`katex/dist/fonts/${ttfOf(file)}`));
  } catch {
    return readFile(file);
  }
}

/** The face nearly every formula draws, for the cutter's warm-up (font-cutter.ts). */
export function katexWarmUpFont(): string {
  return require.resolve('katex/dist/fonts/KaTeX_Main-Regular.ttf');
}

async function filesUnder(dir: string, suffix: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(suffix)).map((entry) => join(entry.parentPath, entry.name));
}

/** Removes the link to the stylesheet `name` from the pages that have no `.katex` element. */
async function dropStylesheetWithoutMath(pages: PageWithMath[], name: string): Promise<void> {
  const link = new RegExp(`<link rel="stylesheet" href="[^"]*/${escapeRegExp(name)}">`, 'g');
  await Promise.all(
    pages.map(async (page) => {
      if (page.classes.has('katex')) return;
      const html = page.html.replace(link, '');
      if (html === page.html) return;
      page.html = html;
      await writeWhole(page.file, html);
    }),
  );
}

function replaceAll(text: string, renames: ReadonlyMap<string, string>): string {
  let result = text;
  for (const [from, to] of renames) result = result.replaceAll(from, to);
  return result;
}

/**
 * Cuts the fonts and points the stylesheet and pages at the cut ones; returns undefined when the site
 * has no KaTeX stylesheet or no formula.
 * @param base Astro's `base`: the fonts' URLs start with it
 * @param cut what cuts a font to the characters given (font-cutter.ts)
 */
export async function subsetKatexFonts(outDir: string, pages: PageWithMath[], base: string, cut: CutFont): Promise<SubsetStats | undefined> {
  const stylesheets = await Promise.all((await filesUnder(outDir, '.css')).map(async (file) => ({ file, css: await readFile(file, 'utf8') })));
  const katex = stylesheets.find(({ css }) => css.includes('font-family:KaTeX_Main'));
  if (!katex) return undefined;
  await dropStylesheetWithoutMath(pages, katex.file.split(sep).at(-1) ?? '');
  const fonts = parseKatexFonts(katex.css);
  const glyphs = new Set(STYLESHEET_GLYPHS);
  const used = new Set<string>();
  for (const page of pages) {
    for (const glyph of page.mathGlyphs) glyphs.add(glyph);
    for (const face of facesUsed(page.classes, fonts).keys()) used.add(face);
  }
  if (used.size === 0) return undefined;
  const text = [...glyphs].join('');
  const root = base.endsWith('/') ? base : `${base}/`;
  const fileOf = (url: string) => join(outDir, ...url.slice(root.length).split('/'));
  const renames = new Map<string, string>();
  const stats: SubsetStats = { faces: 0, glyphs: glyphs.size, bytesBefore: 0, bytesAfter: 0 };
  await Promise.all(
    [...used].map(async (face) => {
      const url = fonts.faces.get(face);
      if (url === undefined || !url.startsWith(root)) return;
      const file = fileOf(url);
      const font = await readFile(file);
      const woff = await cut(await sourceOf(file), text);
      const next = renamed(url, woff, 'woff');
      await writeFile(fileOf(next), woff);
      renames.set(url, next);
      stats.faces++;
      stats.bytesBefore += font.byteLength;
      stats.bytesAfter += woff.byteLength;
    }),
  );
  // The stylesheet names the cut fonts, so it is renamed by its new content too; the pages name it.
  let css = katex.css;
  for (const [from, to] of renames) {
    css = css.replace(new RegExp(`url\\((["']?)${escapeRegExp(from)}\\1\\)\\s*format\\((["'])woff2\\2\\)`, 'g'), `url(${to}) format("woff")`);
  }
  const missed = [...renames.keys()].filter((url) => css.includes(url));
  if (missed.length > 0) {
    // KaTeX's stylesheet is not written as this expects (a KaTeX upgrade?): stop, rather than publish pages
    // whose stylesheet names fonts that are gone.
    await Promise.all([...renames.values()].map((url) => rm(fileOf(url))));
    throw new Error(`could not point KaTeX's stylesheet at its cut fonts (${missed.join(', ')}): the @font-face rules no longer read url(…) format("woff2")`);
  }
  // KaTeX's full WOFF2 files are named by nothing now; its full WOFF and TTF stay, behind the cut ones.
  await Promise.all([...renames.keys()].map((url) => rm(fileOf(url))));
  const cssUrl = `/${relative(outDir, katex.file).split(sep).join('/')}`;
  const nextCssFile = join(outDir, ...renamed(cssUrl, css, 'css').slice(1).split('/'));
  await writeFile(nextCssFile, css);
  if (nextCssFile !== katex.file) await rm(katex.file);
  const cssName = katex.file.split(sep).at(-1) ?? '';
  renames.set(cssName, nextCssFile.split(sep).at(-1) ?? cssName);
  await Promise.all(
    pages.map(async (page) => {
      const html = replaceAll(page.html, renames);
      if (html === page.html) return;
      page.html = html;
      await writeWhole(page.file, html);
    }),
  );
  return stats;
}
