/**
 * KaTeX writes each formula three times: as MathML, as its TeX source (an
 * <annotation> inside the MathML) and as the HTML one sees. Pagefind would
 * index all three ("vector of nnn real scores", "±1\pm 1±1"; issue 14), so
 * the TeX and the HTML are marked `data-pagefind-ignore` and the index keeps
 * the MathML's text: each formula once, as characters a reader can read.
 *
 * @param html KaTeX's `htmlAndMathml` output for one formula
 */
export function indexMathOnce(html: string): string {
  return html
    .replace('<span class="katex-html"', '<span class="katex-html" data-pagefind-ignore')
    .replace('<annotation ', '<annotation data-pagefind-ignore ');
}
