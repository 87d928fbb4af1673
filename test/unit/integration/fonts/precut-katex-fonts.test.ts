import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import katex from 'katex';
import { afterEach, describe, expect, test } from 'vitest';
import { pageFromHtml } from '../../../../src/integration/built-site.ts';
import type { CutFont } from '../../../../src/integration/fonts/font-cutter.ts';
import { memoizeCut, precutKatexFonts } from '../../../../src/integration/fonts/precut-katex-fonts.ts';
import { subsetKatexFonts } from '../../../../src/integration/fonts/subset-katex-fonts.ts';
import { repoRoot } from '../../../helpers/build-site.ts';

/** A cutter that records what it is asked and answers with the text it was given. */
function recordingCut() {
  const asked: { font: number; text: string }[] = [];
  const cut: CutFont = async (font, text) => {
    asked.push({ font: font.byteLength, text });
    return new TextEncoder().encode(`cut to ${[...text].toSorted().join('')}`);
  };
  return { asked, cut };
}

const ttf = (face: string) => readFile(join(repoRoot, `node_modules/katex/dist/fonts/${face}.ttf`));

let outDir = '';
afterEach(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('memoizeCut(cut)', () => {
  test('cuts a font once for a set of characters, in whatever order they come', async () => {
    const { asked, cut } = recordingCut();
    const once = memoizeCut(cut);
    const font = await ttf('KaTeX_Main-Regular');
    expect(await once(font, 'σx()')).toEqual(await once(font, '()xσ'));
    await once(font, 'σx()y');
    await once(await ttf('KaTeX_Math-Italic'), 'σx()');
    expect(asked.map(({ text }) => text)).toEqual(['σx()', 'σx()y', 'σx()']);
  });

  test('asks again after a cut failed', async () => {
    let calls = 0;
    const once = memoizeCut(async () => {
      calls++;
      if (calls === 1) throw new Error('no cutter');
      return new Uint8Array([1]);
    });
    const font = await ttf('KaTeX_Main-Regular');
    await expect(once(font, 'x')).rejects.toThrow('no cutter');
    expect(await once(font, 'x')).toEqual(new Uint8Array([1]));
  });
});

describe('precutKatexFonts(formulas, cut)', () => {
  test('cuts each face the formulas draw to the characters they draw and those of equation numbers', async () => {
    const { asked, cut } = recordingCut();
    const formulas = [katex.renderToString('\\sigma(x)'), katex.renderToString('\\mathbf{W} x', { displayMode: true })];
    expect(await precutKatexFonts(formulas, cut)).toBe(3);
    // Main (parentheses), Math italic (σ, x) and Main bold (W); each with every character drawn.
    expect(asked.map(({ text }) => [...text].toSorted().join(''))).toEqual(Array(3).fill([...'()0123456789Wxσ'].toSorted().join('')));
    expect(new Set(asked.map(({ font }) => font)).size).toBe(3);
    expect(await precutKatexFonts([], cut)).toBe(0);
  });

  test('the cut after the build takes what was cut ahead when the pages draw what the lessons did', async () => {
    const { asked, cut } = recordingCut();
    const once = memoizeCut(cut);
    const formula = katex.renderToString('\\sigma(x)');
    await precutKatexFonts([formula], once);
    const ahead = asked.length;
    // A built page drawing that formula, with KaTeX's own stylesheet and fonts.
    outDir = await mkdtemp(join(tmpdir(), 'precut-fonts-'));
    await mkdir(join(outDir, '_astro'));
    const css = (await readFile(join(repoRoot, 'node_modules/katex/dist/katex.min.css'), 'utf8')).replaceAll(/url\(fonts\/(KaTeX_[\w-]+)\.(woff2?|ttf)\)/g, 'url(/_astro/$1.k1.$2)');
    await writeFile(join(outDir, '_astro/katex.k1.css'), css);
    for (const face of ['KaTeX_Main-Regular', 'KaTeX_Math-Italic']) await copyFile(join(repoRoot, `node_modules/katex/dist/fonts/${face}.woff2`), join(outDir, `_astro/${face}.k1.woff2`));
    const html = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/_astro/katex.k1.css"></head><body><p>${formula}</p></body></html>`;
    await writeFile(join(outDir, 'index.html'), html);
    const stats = await subsetKatexFonts(outDir, [{ file: join(outDir, 'index.html'), html, ...pageFromHtml('/', html) }], '/', once);
    expect(stats?.faces).toBe(2);
    expect(asked).toHaveLength(ahead);
  });
});
