import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { pageFromHtml } from '../../../../src/integration/built-site.ts';
import { FontCutter } from '../../../../src/integration/fonts/font-cutter.ts';
import { subsetKatexFonts } from '../../../../src/integration/fonts/subset-katex-fonts.ts';
import { repoRoot } from '../../../helpers/build-site.ts';

const face = (src: string) => `@font-face{font-display:block;font-family:KaTeX_Main;font-style:normal;font-weight:400;src:${src}}`;
const WOFF2 = '/_astro/KaTeX_Main-Regular.a1.woff2';
const page = '<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/_astro/katex.k1.css"></head><body><p><span class="katex"><span class="katex-mathml">ignored</span><span class="katex-html" aria-hidden="true"><span class="mord">σ(x)</span></span></span></p></body></html>';

let outDir = '';
const cutter = new FontCutter();
afterAll(() => cutter.close());
afterEach(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** A page that links KaTeX's stylesheet (as every lesson page does) but draws no formula. */
const noMath = '<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/_astro/text.k1.css"><link rel="stylesheet" href="/_astro/BaseLayout.b1.css"></head><body><p>Prose only.</p></body></html>';

/** A built site of one page whose formula draws `σ(x)`, with KaTeX's stylesheet written as `css`. */
async function site(css: string) {
  outDir = await mkdtemp(join(tmpdir(), 'subset-fonts-'));
  await mkdir(join(outDir, '_astro'));
  await copyFile(join(repoRoot, 'node_modules/katex/dist/fonts/KaTeX_Main-Regular.woff2'), join(outDir, WOFF2));
  await writeFile(join(outDir, '_astro/katex.k1.css'), `${css}.katex{font:normal 1.21em KaTeX_Main,Times New Roman,serif}`);
  await writeFile(join(outDir, 'index.html'), page);
  return [{ file: join(outDir, 'index.html'), html: page, ...pageFromHtml('/', page) }];
}

describe('subsetKatexFonts', () => {
  test('cuts a face the page draws with to its characters, and renames the font, the stylesheet and the page’s link by content', async () => {
    const pages = await site(face(`url(${WOFF2}) format("woff2"),url(/_astro/KaTeX_Main-Regular.a2.woff) format("woff")`));
    const stats = await subsetKatexFonts(outDir, pages, '/', cutter.cut);
    expect(stats).toMatchObject({ faces: 1 });
    expect(stats!.bytesAfter).toBeLessThan(stats!.bytesBefore / 2);
    const files = await readdir(join(outDir, '_astro'));
    expect(files).not.toContain('KaTeX_Main-Regular.a1.woff2');
    expect(files).not.toContain('katex.k1.css');
    const stylesheet = files.find((file) => file.startsWith('katex.'))!;
    const css = await readFile(join(outDir, '_astro', stylesheet), 'utf8');
    const cut = /url\((\/_astro\/KaTeX_Main-Regular\.[\w-]+\.woff)\) format\("woff"\),url\(\/_astro\/KaTeX_Main-Regular\.a2\.woff\)/.exec(css)?.[1];
    expect(cut, css).toBeDefined();
    expect(files).toContain(cut!.split('/').at(-1));
    const html = await readFile(join(outDir, 'index.html'), 'utf8');
    expect(html).toContain(`href="/_astro/${stylesheet}"`);
    expect(pages[0]!.html).toBe(html);
  });

  test('a page that draws no formula loses its link to KaTeX’s stylesheet, and keeps its others', async () => {
    const pages = await site(face(`url(${WOFF2}) format("woff2")`));
    await rm(join(outDir, '_astro/katex.k1.css'));
    await writeFile(join(outDir, '_astro/text.k1.css'), `${face(`url(${WOFF2}) format("woff2")`)}.katex{font:normal 1.21em KaTeX_Main,Times New Roman,serif}`);
    await writeFile(join(outDir, 'prose.html'), noMath);
    pages.push({ file: join(outDir, 'prose.html'), html: noMath, ...pageFromHtml('/prose', noMath) });
    pages[0]!.html = pages[0]!.html.replace('katex.k1.css', 'text.k1.css');
    await subsetKatexFonts(outDir, pages, '/', cutter.cut);
    const stylesheet = (await readdir(join(outDir, '_astro'))).find((file) => file.endsWith('.css'));
    // Named for what it is, whatever Vite named its chunk after.
    expect(stylesheet).toMatch(/^katex\.[\w-]+\.css$/);
    expect(await readFile(join(outDir, 'prose.html'), 'utf8')).toBe(noMath.replace('<link rel="stylesheet" href="/_astro/text.k1.css">', ''));
    expect(pages[0]!.html).toContain(`href="/_astro/${stylesheet}"`);
  });

  test('stops, leaving KaTeX’s own fonts in place, when the stylesheet is not written as it expects', async () => {
    const pages = await site(face(`url(${WOFF2})`));
    await expect(subsetKatexFonts(outDir, pages, '/', cutter.cut)).rejects.toThrow(/could not point KaTeX's stylesheet at its cut fonts/);
    expect(await readdir(join(outDir, '_astro'))).toEqual(['KaTeX_Main-Regular.a1.woff2', 'katex.k1.css']);
  });
});
