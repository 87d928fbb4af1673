/**
 * A fixture course that builds: formulas are KaTeX HTML and MathML (never a
 * code block, as Astro 7's default processor would leave them), code is
 * highlighted in both themes, pages are ordered and linked by section number.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from '../helpers/build-fixture.ts';

let build: FixtureBuild;
beforeAll(async () => {
  build = await buildFixture('good');
});

describe('a fixture course that builds', () => {
  test('the build succeeds', () => {
    expect(build.output).toContain('Complete!');
    expect(build.exitCode).toBe(0);
  });

  test('display math is rendered by KaTeX at build time, with MathML', async () => {
    const page = await build.page('/ch/first/');
    const display = page.querySelector('.katex-display');
    expect(display).not.toBeNull();
    expect(display?.querySelector('math annotation')?.textContent).toContain('\\frac{1}{1 + e^{-x}}');
    expect(page.querySelector('.katex:not(.katex-display .katex)')?.textContent).toContain('e');
    // Neither delimiters nor a math code block survive into the page.
    expect(page.querySelector('.prose')?.textContent).not.toContain('$$');
    expect(page.querySelector('code.language-math, pre.language-math')).toBeNull();
  });

  test('math in a heading names its anchor and contents entry; math in a table leaves the table as authored', async () => {
    const page = await build.page('/ch/first/');
    const heading = [...page.querySelectorAll('h2')].find((h2) => h2.textContent?.includes('The slope'));
    // The id, the contents entry and the anchor's label are made from the heading's text, the formula
    // counted once, as plain text (not also as its TeX and its HTML: "σ′(x)\\sigma'(x)σ′(x)").
    expect(heading?.id).toBe('the-slope-σx');
    expect(heading?.querySelector('.katex math annotation')?.textContent).toBe("\\sigma'(x)");
    expect(page.querySelector(`.toc a[href="#the-slope-σx"]`)?.textContent?.trim()).toBe('The slope σ′(x)');
    expect(heading?.querySelector('.heading-anchor')?.getAttribute('aria-label')).toBe('Link to the section “The slope σ′(x)”');
    // The plain text is for those only: readers see KaTeX's formula, search and screen readers read its MathML.
    const plain = heading?.querySelector('.katex + span');
    expect(plain?.hasAttribute('hidden')).toBe(true);
    expect(plain?.hasAttribute('data-pagefind-ignore')).toBe(true);
    // A table with formulas in it is written like any other: its cells keep their alignment and
    // the whitespace between them (search reads "x σ(x)", not "xσ(x)").
    const headerCells = [...page.querySelectorAll('table th')];
    expect(headerCells.map((th) => th.getAttribute('align'))).toEqual(['right', 'right']);
    expect(headerCells[0]?.nextSibling?.nodeType).toBe(3);
    expect(headerCells.map((th) => th.querySelector('annotation')?.textContent)).toEqual(['x', '\\sigma(x)']);
  });

  test("KaTeX's stylesheet and fonts are served by the site, and on pages with math only", async () => {
    // The stylesheets a page has: inlined in it (`inlineStylesheets`), or linked.
    const stylesheets = async (path: string) => {
      const page = await build.page(path);
      const hrefs = [...page.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href') ?? '');
      const linked = await Promise.all(hrefs.map(async (href) => ({ href, css: await readFile(`${build.root}dist${href}`, 'utf8') })));
      return [...linked, ...[...page.querySelectorAll('style')].map((style) => ({ href: 'inline', css: style.textContent ?? '' }))];
    };
    const isKatex = ({ css }: { css: string }) => css.includes('.katex') && css.includes('KaTeX_Main');
    const withMath = await stylesheets('/ch/first/');
    expect(withMath.filter(isKatex)).toHaveLength(1);
    expect((await stylesheets('/ch/second/')).filter(isKatex)).toHaveLength(0);
    // Fonts come from the site itself (its /_astro/ folder, or inlined by Vite when tiny), never a CDN.
    const fontUrls = withMath.filter(isKatex)[0]?.css.match(/url\([^)]*\)/g) ?? [];
    expect(fontUrls.length).toBeGreaterThan(0);
    expect(fontUrls.filter((url) => !/^url\((\/_astro\/KaTeX_|data:font\/)/.test(url))).toEqual([]);
  });

  test('code is highlighted at build time with a light and a dark theme', async () => {
    const pre = (await build.page('/ch/first/')).querySelector('pre.astro-code');
    expect(pre?.getAttribute('style')).toMatch(/--shiki-light-bg:.*--shiki-dark-bg:/);
    expect(pre?.querySelector('span[style*="--shiki-dark"]')).not.toBeNull();
  });

  test("an example's code is highlighted and its real output printed under it, as static HTML", async () => {
    const figure = (await build.page('/ch/first/')).querySelector('figure.example');
    expect(figure?.querySelector('pre.astro-code')?.textContent).toContain("sigmoid([[-1], [1]]);");
    expect(figure?.querySelector('figcaption.example-output samp')?.textContent).toBe(
      'σ(0) = 0.5\narray([[0.26894142],\n       [0.73105858]])',
    );
    // The output fence itself is not printed a second time.
    expect((await build.page('/ch/first/')).querySelectorAll('pre[data-language="output"]')).toHaveLength(0);
  });

  test('the build ends with a summary of the examples', () => {
    expect(build.output).toMatch(/examples: \d+ run, \d+ cached, 0 failed/);
  });

  test('lessons are ordered by section number, numerically', async () => {
    const chapter = await build.page('/ch/');
    const titles = [...chapter.querySelectorAll('.lesson-list a')].map((a) => a.textContent?.replace(/\s+/g, ' ').trim());
    expect(titles).toEqual(['1.1 First', '1.2 Second', '1.10 Third']);
  });

  test('previous/next links follow the order, from the chapter page back to the course home', async () => {
    const links = async (path: string) => {
      const nav = (await build.page(path)).querySelector('nav[aria-label="Lessons"]');
      return [nav?.querySelector('a[rel="prev"]')?.getAttribute('href'), nav?.querySelector('a[rel="next"]')?.getAttribute('href')];
    };
    expect(await links('/ch/first/')).toEqual(['/ch/', '/ch/second/']);
    expect(await links('/ch/second/')).toEqual(['/ch/first/', '/ch/third/']);
    expect(await links('/ch/third/')).toEqual(['/ch/second/', '/']);
  });

  test('a lesson page has its numbered title, breadcrumb, table of contents and metadata', async () => {
    const page = await build.page('/ch/first/');
    expect(page.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('1.1 First');
    expect(page.querySelector('title')?.textContent).toBe('1.1 First · Fixture course');
    expect([...page.querySelectorAll('nav[aria-label="Breadcrumb"] a')].map((a) => a.getAttribute('href'))).toEqual(['/', '/ch/', '/ch/first/']);
    expect([...page.querySelectorAll('.toc a')].map((a) => a.getAttribute('href'))).toEqual(['#display-math', '#code', expect.stringMatching(/^#the-slope-σx/)]);
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('http://localhost:4321/ch/first/');
    expect(page.querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(/^The first fixture lesson/);
    expect(page.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe('1.1 First');
  });

  test('the search index, sitemap and 404 page are written', async () => {
    const { existsSync } = await import('node:fs');
    expect(existsSync(`${build.root}dist/pagefind/pagefind.js`)).toBe(true);
    expect(existsSync(`${build.root}dist/sitemap-index.xml`)).toBe(true);
    expect((await build.page('/404.html')).querySelector('h1')?.textContent).toBe('Page not found');
  });
});
