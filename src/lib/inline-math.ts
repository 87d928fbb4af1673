/**
 * Renders short texts from data files (the chapter's introduction and
 * comparison table) that may hold inline TeX between $ signs: the text is
 * escaped, the TeX rendered by KaTeX at build time, as in the lessons.
 */
import katex from 'katex';
import { CourseError, InvalidTex } from './errors.ts';
import { escapeXml } from './text.ts';
import { indexMathOnce } from './math-search.ts';


/**
 * @param text plain text with `$…$` spans
 * @param file the data file the text came from, for the error an author sees
 * @returns HTML
 */
export function renderInlineMath(text: string, file: string): string {
  // Odd-numbered parts of a split on unescaped `$` are TeX.
  return text
    .split(/(?<!\\)\$/)
    .map((part, index) => {
      if (index % 2 === 0) return escapeXml(part);
      try {
        return indexMathOnce(katex.renderToString(part, { throwOnError: true, output: 'htmlAndMathml' }));
      } catch (error) {
        const reason = error instanceof Error ? error.message.replace(/^KaTeX parse error: /, '') : String(error);
        throw new CourseError(InvalidTex, InvalidTex.message(reason, part), { file });
      }
    })
    .join('');
}
