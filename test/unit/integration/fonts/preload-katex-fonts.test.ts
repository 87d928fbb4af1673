import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { addFontPreloads, fontsUsed as preloadsFor, parseKatexFonts, PHONE_OPENING_WORDS, preloadKatexFonts, WIDE_MEDIA, WIDE_OPENING_WORDS, type KatexFonts } from '../../../../src/integration/fonts/preload-katex-fonts.ts';

/** The URLs preloaded for a page, whatever the screen. */
const fontsUsed = (html: string, fonts: KatexFonts) => preloadsFor(html, fonts).map(({ url }) => url);

// The shape of KaTeX's minified stylesheet, as Vite writes it, cut down to three faces.
const css = [
  '@font-face{font-display:block;font-family:KaTeX_Main;font-style:normal;font-weight:400;src:url(/_astro/KaTeX_Main-Regular.a1.woff2)format("woff2"),url(/_astro/KaTeX_Main-Regular.a2.woff)format("woff")}',
  '@font-face{font-display:block;font-family:KaTeX_Math;font-style:italic;font-weight:400;src:url(/_astro/KaTeX_Math-Italic.b1.woff2)format("woff2")}',
  '@font-face{font-display:block;font-family:KaTeX_Size1;font-style:normal;font-weight:400;src:url(/_astro/KaTeX_Size1-Regular.c1.woff2)format("woff2")}',
  '.katex{text-indent:0;font:1.21em/1.2 KaTeX_Main,math,Times New Roman,serif}',
  '.katex .mathnormal{font-family:KaTeX_Math;font-style:italic}',
  '.katex .delimsizing.size1{font-family:KaTeX_Size1}',
  '.katex .vlist{display:table-cell}',
].join('');

describe('parseKatexFonts(css)', () => {
  test('reads each face and the classes of the rules that choose it', () => {
    const fonts = parseKatexFonts(css);
    expect(fonts.faces.get('KaTeX_Math|400|italic')).toBe('/_astro/KaTeX_Math-Italic.b1.woff2');
    expect(fonts.rules).toContainEqual({ classes: ['delimsizing', 'size1'], face: 'KaTeX_Size1|400|normal' });
    expect(fonts.rules).toContainEqual({ classes: ['katex'], face: 'KaTeX_Main|400|normal' });
    expect(fonts.rules.some((rule) => rule.classes.includes('vlist'))).toBe(false);
  });
});

describe('fontsUsed(html, fonts)', () => {
  const fonts = parseKatexFonts(css);

  test('a formula with a variable uses the main and the math italic face', () => {
    const html = '<p><span class="katex"><span class="mord mathnormal">x</span></span></p>';
    expect(fontsUsed(html, fonts)).toEqual(['/_astro/KaTeX_Main-Regular.a1.woff2', '/_astro/KaTeX_Math-Italic.b1.woff2']);
  });

  test('a big delimiter needs every class of its rule', () => {
    expect(fontsUsed('<span class="katex"><span class="delimsizing size1">(</span></span>', fonts)).toContain('/_astro/KaTeX_Size1-Regular.c1.woff2');
    expect(fontsUsed('<span class="katex"><span class="size1">(</span></span>', fonts)).not.toContain('/_astro/KaTeX_Size1-Regular.c1.woff2');
  });

  test("only the opening's formulas count: on a phone its first screen's, on a wide screen its own", () => {
    const words = (count: number) => `<p>${'word '.repeat(count)}</p>`;
    const variable = '<span class="katex"><span class="mord mathnormal">x</span></span>';
    const delimiter = '<span class="katex"><span class="delimsizing size1">(</span></span>';
    const size1 = '/_astro/KaTeX_Size1-Regular.c1.woff2';
    const lesson = (before: number) => `<header>Course</header><article data-pagefind-body>${variable}${words(before)}${delimiter}</article><footer>${delimiter}</footer>`;
    expect(preloadsFor(lesson(PHONE_OPENING_WORDS - 10), fonts)).toContainEqual({ url: size1 });
    expect(preloadsFor(lesson(PHONE_OPENING_WORDS), fonts)).toContainEqual({ url: size1, media: WIDE_MEDIA });
    expect(preloadsFor(lesson(WIDE_OPENING_WORDS), fonts)).toEqual([{ url: '/_astro/KaTeX_Main-Regular.a1.woff2' }, { url: '/_astro/KaTeX_Math-Italic.b1.woff2' }]);
    // A formula counts as one word and a displayed one as 15, whatever its markup; a page's scripts count for nothing.
    const mathml = `<span class="katex"><span class="katex-mathml"><math><mi>${'y '.repeat(WIDE_OPENING_WORDS)}</mi></math></span></span>`;
    expect(fontsUsed(`<article data-pagefind-body>${variable}${mathml}<script>${'z '.repeat(WIDE_OPENING_WORDS)}</script>${delimiter}</article>`, fonts)).toContain(size1);
    // What comes before the reading text (a header, a sidebar) is the opening, however long.
    expect(fontsUsed(`<nav>${words(2 * WIDE_OPENING_WORDS)}${delimiter}</nav><article data-pagefind-body>${variable}</article>`, fonts)).toContain(size1);
  });

  test('a face is preloaded by the first file its @font-face names: a cut WOFF (subset-katex-fonts.ts) before KaTeX’s own', () => {
    const cut = parseKatexFonts('@font-face{font-family:KaTeX_Main;font-style:normal;font-weight:400;src:url(/_astro/KaTeX_Main-Regular.cut.woff) format("woff"),url(/_astro/KaTeX_Main-Regular.a2.woff)format("woff")}');
    expect(cut.faces.get('KaTeX_Main|400|normal')).toBe('/_astro/KaTeX_Main-Regular.cut.woff');
    expect(addFontPreloads('<meta charset="utf-8">', [{ url: '/_astro/KaTeX_Main-Regular.cut.woff' }])).toContain('href="/_astro/KaTeX_Main-Regular.cut.woff" as="font" type="font/woff"');
  });

  test('a page without KaTeX uses none, whatever its classes', () => {
    expect(fontsUsed('<span class="mathnormal">x</span>', fonts)).toEqual([]);
  });
});

describe('addFontPreloads(html, urls)', () => {
  test('puts the links right after <meta charset>, before any stylesheet', () => {
    const html = '<head><meta charset="utf-8"><link rel="stylesheet" href="/a.css"></head>';
    expect(addFontPreloads(html, [{ url: '/f.woff2' }, { url: '/g.woff2', media: WIDE_MEDIA }])).toBe(
      `<head><meta charset="utf-8"><link rel="preload" href="/f.woff2" as="font" type="font/woff2" crossorigin><link rel="preload" href="/g.woff2" as="font" type="font/woff2" crossorigin media="${WIDE_MEDIA}"><link rel="stylesheet" href="/a.css"></head>`,
    );
  });
});

describe('preloadKatexFonts(outDir)', () => {
  test('finds KaTeX’s stylesheet inlined in the page (inlineStylesheets), a media query with `<=` included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'katex-preload-'));
    try {
      const page = `<!doctype html><html><head><meta charset="utf-8"><style>@media (width<=40rem){.search{position:static}}${css}</style></head><body><p><span class="katex"><span class="mord mathnormal">x</span></span></p></body></html>`;
      await writeFile(join(dir, 'index.html'), page);
      expect(await preloadKatexFonts(dir)).toBe(1);
      const html = await readFile(join(dir, 'index.html'), 'utf8');
      expect(html).toContain('<link rel="preload" href="/_astro/KaTeX_Math-Italic.b1.woff2" as="font" type="font/woff2" crossorigin>');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
