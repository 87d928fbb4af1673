/**
 * Measures what a built page costs a reader before they interact with it:
 * the HTML, every stylesheet, and every script the browser runs on load
 * (script tags, module preloads, and the modules those import statically),
 * raw and gzip-compressed. Modules reached only through a dynamic `import()`
 * (Pagefind, loaded when search opens) are left out on purpose.
 *
 * Used by test/build/page-weight.test.ts (asserts a budget) and
 * test/bench/site.bench.ts (prints the figures). Erasable TypeScript only, so
 * Node can run the bench with native type stripping.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
// es-module-lexer is Vite's own import scanner (installed with Astro); it tells
// static imports from dynamic ones without us pattern-matching minified code.
import { init as initLexer, parse as parseModule } from 'es-module-lexer';
import { parseHTML } from 'linkedom';

/** Where a measured piece came from: a file in the build, or a tag inlined in the HTML. */
export interface Asset {
  /** Site path of a file (`/_astro/x.js`), or `inline <script> #n` / `inline <style> #n`. */
  name: string;
  kind: 'html' | 'js' | 'css' | 'font';
  raw: number;
  /** Size after `gzipSync(…, { level: 9 })`; each asset is compressed on its own, as a server would send it. */
  gzip: number;
}

export interface PageWeight {
  /** Site path of the page, e.g. `/activations/sigmoid/`. */
  page: string;
  html: Asset;
  js: Asset[];
  css: Asset[];
}

const origin = 'http://course.invalid';

/** Raw and gzip (level 9) byte counts of `text`. */
export function sizeOf(name: string, kind: Asset['kind'], text: string | Buffer): Asset {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  return { name, kind, raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
}

/** Sum of one size field over a list of assets. */
export function total(assets: readonly Asset[], field: 'raw' | 'gzip'): number {
  return assets.reduce((sum, asset) => sum + asset[field], 0);
}

/** `dist/activations/sigmoid/index.html` → `/activations/sigmoid/`. */
export function pagePathOf(outDir: string, htmlFile: string): string {
  const path = '/' + relative(outDir, htmlFile).split(sep).join('/');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Maps a same-site URL to its file in the build; throws for another origin (nothing should load from one). */
function fileFor(outDir: string, url: URL): string {
  if (url.origin !== origin) throw new Error(`the page loads ${url.href} from another origin; page weight only counts files of the site`);
  return join(outDir, decodeURIComponent(url.pathname));
}

/**
 * Follows the static `import` statements of a module (and of what it imports),
 * adding each file once. Dynamic `import()` is skipped: it runs on interaction.
 */
async function addModuleGraph(outDir: string, source: string, base: URL, seen: Map<string, Asset>): Promise<void> {
  await initLexer;
  const [imports] = parseModule(source);
  for (const entry of imports) {
    if (entry.d !== -1 || entry.n === undefined) continue; // d === -1 marks a static import
    const url = new URL(entry.n, base);
    if (seen.has(url.pathname)) continue;
    const code = await readFile(fileFor(outDir, url), 'utf8');
    seen.set(url.pathname, sizeOf(url.pathname, 'js', code));
    await addModuleGraph(outDir, code, url, seen);
  }
}

/** Measures one built HTML page; `htmlFile` is an absolute path inside `outDir`. */
export async function measurePage(outDir: string, htmlFile: string): Promise<PageWeight> {
  const page = pagePathOf(outDir, htmlFile);
  const base = new URL(page, origin);
  const markup = await readFile(htmlFile, 'utf8');
  const { document } = parseHTML(markup);

  const js = new Map<string, Asset>();
  let inlineScripts = 0;
  for (const element of document.querySelectorAll('script, link[rel="modulepreload"]')) {
    const type = element.getAttribute('type');
    if (element.tagName === 'SCRIPT' && type !== null && type !== 'module' && !/javascript/i.test(type)) continue; // JSON-LD, templates
    const src = element.getAttribute(element.tagName === 'LINK' ? 'href' : 'src');
    if (src === null) {
      const code = element.textContent ?? '';
      const name = `inline <script> #${++inlineScripts}`;
      js.set(name, sizeOf(name, 'js', code));
      if (type === 'module') await addModuleGraph(outDir, code, base, js);
      continue;
    }
    const url = new URL(src, base);
    if (js.has(url.pathname)) continue;
    const code = await readFile(fileFor(outDir, url), 'utf8');
    js.set(url.pathname, sizeOf(url.pathname, 'js', code));
    if (type === 'module' || element.tagName === 'LINK') await addModuleGraph(outDir, code, url, js);
  }

  const css: Asset[] = [];
  let inlineStyles = 0;
  for (const element of document.querySelectorAll('link[rel~="stylesheet"], style')) {
    if (element.tagName === 'STYLE') {
      css.push(sizeOf(`inline <style> #${++inlineStyles}`, 'css', element.textContent ?? ''));
      continue;
    }
    const url = new URL(element.getAttribute('href') ?? '', base);
    css.push(sizeOf(url.pathname, 'css', await readFile(fileFor(outDir, url))));
  }

  return { page, html: sizeOf(page, 'html', markup), js: [...js.values()], css };
}

/** One line per asset, for failure messages and the bench: `  /_astro/x.js  1234 B raw  567 B gzip`. */
export function describeAssets(assets: readonly Asset[]): string {
  const width = Math.max(0, ...assets.map((asset) => asset.name.length));
  return assets
    .map((asset) => `  ${asset.name.padEnd(width)}  ${String(asset.raw).padStart(7)} B raw  ${String(asset.gzip).padStart(6)} B gzip`)
    .join('\n');
}
