/**
 * After the build, adds to each page a `<link rel="preload">` for every KaTeX
 * font the formulas of its opening use (what a reader sees first), so the
 * fonts arrive with the page and the text is laid out once, in its final fonts. Without them the browser finds out
 * which fonts it needs only after layout, draws the formulas in a fallback
 * and moves the text when the fonts swap in (KaTeX's `font-display: block`);
 * Lighthouse measured a layout shift of 0.35 on lesson 3.1 (issue 14).
 *
 * Which fonts a page uses is known from its HTML: KaTeX's stylesheet picks a
 * font by class (`.katex .mathnormal { font-family: KaTeX_Math; font-style:
 * italic }`), so a page uses a face when one of its elements has the classes
 * of a rule that sets that face. The rules and faces are read from the built
 * CSS itself, so a KaTeX upgrade needs no change here.
 *
 * A page is rewritten whole (write-whole.ts): Pagefind reads the pages meanwhile.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pageFromHtml } from '../built-site.ts';
import { writeWhole } from '../write-whole.ts';

export interface KatexFonts {
  /** `family|weight|style` → URL of its first file (KaTeX's WOFF2, or the cut WOFF of subset-katex-fonts.ts). */
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
      const first = /url\(([^)]+\.woff2?)["']?\)/.exec(block)?.[1];
      if (first) faces.set(key, first.replace(/^["']|["']$/g, ''));
      continue;
    }
    for (const selector of selectors.split(',')) {
      const classes = lastCompoundClasses(selector);
      if (classes.length > 0) rules.push({ classes, face: key });
    }
  }
  return { faces, rules };
}

/** A font to preload; `media` when only a wide screen shows it at once. */
export interface FontPreload {
  url: string;
  media?: string;
}

/**
 * How far into a lesson's text (in words, see built-site.ts) its first screen
 * reaches: on a phone (412×823 or smaller) and on a wide screen (1280×800).
 * Generous: a face used inside it that is not preloaded would be laid out in a
 * fallback font first and then move the text.
 */
export const PHONE_OPENING_WORDS = 250;
export const WIDE_OPENING_WORDS = 700;
/** Where a screen is wide enough to show a wide screen's opening at once. */
export const WIDE_MEDIA = '(min-width: 48rem)';

/**
 * The faces the formulas of a page's opening use (what is shown first), in a
 * stable order: on every screen those of a phone's first screen, on a wide
 * screen also those of its own. A face used only further down is asked for
 * when the page is laid out, after the first screen's: preloaded, it would
 * share a slow phone's link with the first screen and hold it back.
 */
export function fontsUsed(html: string, fonts: KatexFonts): FontPreload[] {
  return preloadsOf(pageFromHtml('', html).classes, fonts);
}

/** Each face a page's formulas use (`family|weight|style`), with where it is first used (see built-site.ts). */
export function facesUsed(classes: ReadonlyMap<string, number>, fonts: KatexFonts): Map<string, number> {
  const classSets = [...classes].map(([value, at]) => ({ names: new Set(value.split(/\s+/)), at }));
  const firstUse = new Map<string, number>();
  if (!classSets.some(({ names }) => names.has('katex'))) return firstUse;
  for (const rule of fonts.rules) {
    for (const { names, at } of classSets) {
      if (rule.classes.every((name) => names.has(name)) && at <= (firstUse.get(rule.face) ?? Number.POSITIVE_INFINITY)) firstUse.set(rule.face, at);
    }
  }
  return firstUse;
}

/** {@link fontsUsed}, from a page's class attributes and where each is first used. */
export function preloadsOf(classes: ReadonlyMap<string, number>, fonts: KatexFonts): FontPreload[] {
  return [...facesUsed(classes, fonts)]
    .filter(([, at]) => at < WIDE_OPENING_WORDS)
    .flatMap(([face, at]) => {
      const url = fonts.faces.get(face);
      return url === undefined ? [] : [at < PHONE_OPENING_WORDS ? { url } : { url, media: WIDE_MEDIA }];
    })
    .toSorted((a, b) => (a.url < b.url ? -1 : 1));
}

/** Inserts the preload links right after `<meta charset>`, before any stylesheet. */
export function addFontPreloads(html: string, preloads: readonly FontPreload[]): string {
  if (preloads.length === 0) return html;
  const links = preloads
    .map(({ url, media }) => `<link rel="preload" href="${url}" as="font" type="font/${url.endsWith('.woff') ? 'woff' : 'woff2'}" crossorigin${media ? ` media="${media}"` : ''}>`)
    .join('');
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
  classes: ReadonlyMap<string, number>;
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
        return { file, html, classes: pageFromHtml('', html).classes };
      }),
    ));
  let count = 0;
  for (const { file, html, classes } of toPreload) {
    const katexCss = shared ?? [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '').find(isKatex);
    if (!katexCss) continue;
    const preloads = preloadsOf(classes, fontsOf(katexCss));
    if (preloads.length === 0) continue;
    await writeWhole(file, addFontPreloads(html, preloads));
    count++;
  }
  return count;
}
