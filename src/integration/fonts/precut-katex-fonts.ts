/**
 * Starts the KaTeX font cut (subset-katex-fonts.ts) before the pages exist:
 * once every lesson has compiled, the formulas KaTeX rendered tell which faces
 * they draw and which characters, so the cutter's process cuts those faces
 * while Vite bundles the islands and writes the pages, and the cut after the
 * build finds them made. The cut after the build still decides: it asks for
 * what the written pages draw, and only a face asked for with the same
 * characters is taken from here (a page may draw a formula no lesson holds, a
 * home page's, say; then that face is cut again there).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pageFromHtml } from '../built-site.ts';
import type { CutFont } from './font-cutter.ts';
import { facesUsed, parseKatexFonts } from './preload-katex-fonts.ts';
import { STYLESHEET_GLYPHS, ttfOf } from './subset-katex-fonts.ts';

const require = createRequire(import.meta.url);

function keyOf(font: Uint8Array, text: string): string {
  // The characters as a set: the cut is the same whatever order the pages gave them in.
  return `${createHash('sha256').update(font).digest('hex')}:${[...new Set(text)].toSorted().join('')}`;
}

/** A cutter that answers each font and set of characters once: the cut after the build asks again. */
export function memoizeCut(cut: CutFont): CutFont {
  const made = new Map<string, Promise<Uint8Array>>();
  return (font, text) => {
    const key = keyOf(font, text);
    let result = made.get(key);
    if (!result) {
      result = cut(font, text);
      // A failed cut is tried again when asked again; its error is the asker's.
      result.catch(() => made.get(key) === result && made.delete(key));
      made.set(key, result);
    }
    return result;
  };
}

/**
 * Cuts the faces the given formulas draw (KaTeX's HTML) to the characters they draw, through `cut`
 * (memoized: see memoizeCut); how many faces it started on, 0 when the formulas draw none.
 */
export async function precutKatexFonts(formulas: readonly string[], cut: CutFont): Promise<number> {
  if (formulas.length === 0) return 0;
  const fonts = parseKatexFonts(await readFile(require.resolve('katex/dist/katex.min.css'), 'utf8'));
  const { classes, mathGlyphs } = pageFromHtml('', formulas.join(''));
  const text = [...new Set([...STYLESHEET_GLYPHS, ...mathGlyphs])].join('');
  const faces = [...facesUsed(classes, fonts).keys()].flatMap((face) => fonts.faces.get(face) ?? []);
  await Promise.all(
    faces.map(async (url) => {
      const font = await readFile(require.resolve(`katex/dist/fonts/${ttfOf(url)}`));
      // Started, not awaited: the cut after the build awaits the same promise.
      void cut(font, text).catch(() => undefined);
    }),
  );
  return faces.length;
}
