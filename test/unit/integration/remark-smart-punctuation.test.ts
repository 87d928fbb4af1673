/**
 * The lessons' smart punctuation is the text Astro's own step makes: on every
 * lesson of the course and of the fixtures, on prose written to meet each of
 * retext-smartypants' rules, and on random prose, with each of its options.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { lessonFiles } from '../../../src/integration/examples/lesson-files.ts';
import remarkSmartPunctuation, { type SmartPunctuationOptions } from '../../../src/integration/remark-smart-punctuation.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// The lessons' parse, as MDX compiles them.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath);

const OPTIONS: SmartPunctuationOptions[] = [
  {},
  { dashes: 'oldschool' },
  { dashes: 'inverted' },
  { ellipses: 'spaced' },
  { ellipses: 'unspaced' },
  { quotes: false, backticks: 'all' },
  { quotes: false },
  { dashes: false, ellipses: false, backticks: false },
  { openingQuotes: { double: '«', single: '‹' }, closingQuotes: { double: '»', single: '›' } },
];

// retext-smartypants 6.2 logs each dash it merges ('drop'); the comparison needs no log.
beforeEach(() => void vi.spyOn(console, 'log').mockImplementation(() => undefined));
afterEach(() => void vi.restoreAllMocks());

/** Both plugins' trees for `source` with `options`. */
function both(source: string, options: SmartPunctuationOptions): [unknown, unknown] {
  const tree = parser.parse(source);
  const theirs = unified().use(remarkSmartypants, options).runSync(structuredClone(tree));
  const ours = unified().use(remarkSmartPunctuation, options).runSync(structuredClone(tree));
  return [ours, theirs];
}

const WRITTEN = [
  `"Quoted," she said -- and 'single' too. It's the learner's 'best' guess...`,
  `A pair around a [link "title"](https://example.org): "[the link](https://example.org)" and "**bold**".`,
  `Dashes: a--b, a---b, a -- b, a—-b, a–-b, an en dash – then -, an em dash — then -, and a lone -.`,
  'Ellipses: wait... wait . . . wait.. wait .  .  . then ...... end. Three sentences. Two. One.',
  "Backticks: ``quoted'' and `single' and `code` between, '' alone, `` alone.",
  "# A \"heading\" -- with 'quotes'...\n\nText after.",
  '| "cell" | a--b |\n| --- | --- |\n| \'x\' ... | `code` "after" |',
  'Inline <span>"in JSX" -- here...</span> and <style>{`"not" -- this`}</style> and <script>{"x"}</script>.',
  'Math $"x" -- y$ and text "after" it; a block:\n\n$$\n"a" -- b\n$$\n',
  '"A quote that ends the paragraph\n\n" one that starts the next.',
  "Rock 'n' roll, the '90s, 'tis, ma'am, o'clock.",
  '<Aside>\n"Inside" a block -- element...\n</Aside>',
];

test('every lesson of the course and of the fixtures gets the text remark-smartypants makes', async () => {
  const files = [...(await lessonFiles(`${root}content`)), ...(await lessonFiles(`${root}test/build/fixtures`))];
  let compared = 0;
  for (const path of files) {
    const source = await readFile(path, 'utf8');
    let tree: Root;
    try {
      tree = parser.parse(source);
    } catch {
      continue; // a lesson built not to parse
    }
    expect(tree.children.length).toBeGreaterThan(0);
    const [ours, theirs] = both(source, {});
    expect(ours, path).toEqual(theirs);
    compared++;
  }
  expect(compared).toBeGreaterThan(10);
});

test.each(OPTIONS)('prose meeting every rule gets the same text, with %o', (options) => {
  for (const source of WRITTEN) {
    const [ours, theirs] = both(source, options);
    expect(ours, source).toEqual(theirs);
  }
});

test('the written prose does change: the comparison is not of untouched text', () => {
  const [ours] = both(WRITTEN.join('\n\n'), {});
  const changed = JSON.stringify(ours);
  for (const made of ['“', '’', '—', '…', '”']) expect(changed).toContain(made);
});

test('random prose of quotes, dashes, dots and backticks gets the same text, with every option', () => {
  const piece = fc.constantFrom('"', "'", '`', '``', "''", '-', '--', '---', '–', '—', '.', '...', ' ', ' . ', '\n', '\n\n', 'word', 'a', '*', '**', '_', '[l](u)', '`c`', '(', ')', '!', '?', ',', '\u0085', '\u00a0');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom(...OPTIONS), (pieces, options) => {
      const [ours, theirs] = both(pieces.join(''), options);
      expect(ours).toEqual(theirs);
    }),
    { numRuns: 400 },
  );
});
