/**
 * After the build, adds to each page a `<link rel="preload">` for every KaTeX
 * font its formulas use, so the fonts arrive with the stylesheet and the text
 * is laid out once, in its final fonts. Without them the browser finds out
 * which fonts it needs only after layout, draws the formulas in a fallback
 * and moves the text when the fonts swap in (KaTeX's `font-display: block`);
 * Lighthouse measured a layout shift of 0.35 on lesson 3.1 (issue 14).
 *
 * Which fonts a page uses is known from its HTML: KaTeX's stylesheet picks a
 * font by class (`.katex .mathnormal { font-family: KaTeX_Math; font-style:
 * italic }`), so a page uses a face when one of its elements has the classes
 * of a rule that sets that face. The rules and faces are read from the built
 * CSS itself, so a KaTeX upgrade needs no change here.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';

export interface KatexFonts {
  /** `family|weight|style` → URL of its woff2 file. */
  faces: Map<string, string>;
  /** Each rule that sets a KaTeX face: the classes its last compound selector needs, and the face. */
  rules: { classes: string[]; face: string }[];
}

function faceKey(family: string, weight: string, style: string): string {
  const bold = weight === 'bold' || Number(weight) >= 600;
  return `${family}|${bold ? 700 : 400}|${style === 'italic' ? 'italic' : 'normal'}`;
}

function declaration(block: string, property: string): string | undefined {
  return new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`).exec(block)?.[1]?.trim();
}

/** The classes of the last compound selector: `.katex .delimsizing.size1` → ['delimsizing', 'size1']. */
function lastCompoundClasses(selector: string): string[] {
  const compound = selector.trim().split(/[\s>+~]+/).at(-1) ?? '';
  return [...compound.matchAll(/\.([\w-]+)/g)].map((match) => match[1] ?? '');
}

/** Reads KaTeX's faces and the rules that select them from a (minified) stylesheet. */
export function parseKatexFonts(css: string): KatexFonts {
  const faces = new Map<string, string>();
  const rules: KatexFonts['rules'] = [];
  for (const [, selectors = '', block = ''] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const family = /KaTeX_[\w]+/.exec(declaration(block, 'font-family') ?? declaration(block, 'font') ?? '')?.[0];
    if (!family) continue;
    const key = faceKey(family, declaration(block, 'font-weight') ?? '400', declaration(block, 'font-style') ?? 'normal');
    if (selectors.trim() === '@font-face') {
      const woff2 = /url\(([^)]+\.woff2)\)/.exec(block)?.[1];
      if (woff2) faces.set(key, woff2.replace(/^["']|["']$/g, ''));
      continue;
    }
    for (const selector of selectors.split(',')) {
      const classes = lastCompoundClasses(selector);
      if (classes.length > 0) rules.push({ classes, face: key });
    }
  }
  return { faces, rules };
}

/** The value of every `class` attribute in a page, each once. */
export function classAttributes(html: string): Set<string> {
  const values = new Set<string>();
  const parser = new Parser({
    onopentag(_name, attributes) {
      if (attributes['class']) values.add(attributes['class']);
    },
  });
  parser.write(html);
  parser.end();
  return values;
}

/** The woff2 URLs of the faces a page's formulas use, in a stable order. */
export function fontsUsed(html: string, fonts: KatexFonts): string[] {
  return fontsOfClasses(classAttributes(html), fonts);
}

/** {@link fontsUsed}, from the page's class attributes (see classAttributes). */
export function fontsOfClasses(classes: ReadonlySet<string>, fonts: KatexFonts): string[] {
  const classSets = [...classes].map((value) => new Set(value.split(/\s+/)));
  if (!classSets.some((set) => set.has('katex'))) return [];
  const used = new Set<string>();
  for (const rule of fonts.rules) {
    if (classSets.some((set) => rule.classes.every((name) => set.has(name)))) used.add(rule.face);
  }
  return [...used].flatMap((face) => fonts.faces.get(face) ?? []).toSorted();
}

/** Inserts the preload links right after `<meta charset>`, before any stylesheet. */
export function addFontPreloads(html: string, urls: readonly string[]): string {
  if (urls.length === 0) return html;
  const links = urls.map((url) => `<link rel="preload" href="${url}" as="font" type="font/woff2" crossorigin>`).join('');
  return html.replace(/<meta charset="utf-8"\s*\/?>/i, (meta) => meta + links);
}

/** Every page inlines the same stylesheet: parsed once. */
const parsed = new Map<string, KatexFonts>();
function fontsOf(css: string): KatexFonts {
  let fonts = parsed.get(css);
  if (!fonts) {
    fonts = parseKatexFonts(css);
    parsed.set(css, fonts);
  }
  return fonts;
}

async function filesUnder(dir: string, suffix: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(suffix)).map((entry) => join(entry.parentPath, entry.name));
}

/** A built page as the checks after the build read it (see built-site.ts). */
export interface PageToPreload {
  file: string;
  html: string;
  classes: ReadonlySet<string>;
}

/**
 * Adds the preloads to every HTML page of a build; returns how many pages got at least one.
 * @param pages the build's pages, if already read (the link check reads them all): each is parsed once
 */
export async function preloadKatexFonts(outDir: string, pages?: readonly PageToPreload[]): Promise<number> {
  const stylesheets = await Promise.all((await filesUnder(outDir, '.css')).map((file) => readFile(file, 'utf8')));
  const isKatex = (css: string) => css.includes('font-family:KaTeX_Main');
  // A stylesheet of the build, or (with `inlineStylesheets`) the page's own <style>.
  const shared = stylesheets.find(isKatex);
  const toPreload =
    pages ??
    (await Promise.all(
      (await filesUnder(outDir, '.html')).map(async (file) => {
        const html = await readFile(file, 'utf8');
        return { file, html, classes: classAttributes(html) };
      }),
    ));
  let count = 0;
  for (const { file, html, classes } of toPreload) {
    const katexCss = shared ?? [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '').find(isKatex);
    if (!katexCss) continue;
    const urls = fontsOfClasses(classes, fontsOf(katexCss));
    if (urls.length === 0) continue;
    await writeFile(file, addFontPreloads(html, urls));
    count++;
  }
  return count;
}
