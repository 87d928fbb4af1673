/**
 * How a wrong or unexpected output is shown to the author, in time linear in
 * its size and at a bounded length (issue 10, item 7): a diff of 20,000
 * differing lines used to take 47 s, and an output of 200,000 lines went whole
 * into the error.
 *
 * The lines both texts share at the start and the end are skipped first (one
 * pass). What is left is diffed as a unified diff when it is small; when it is
 * large, the error shows where the outputs part and their first lines there,
 * with counts, instead.
 */
import { lazyRequire } from '../lazy-require.ts';

/** The `diff` package, loaded only for an output that differs: imported as every build starts, its 19 modules cost the build's thread about 10 ms. */
const diffPackage = lazyRequire<typeof import('diff')>('diff');

/** Differing lines beyond which a full diff would be too long to read anyway. */
const MAX_DIFF_LINES = 400;
/** Lines of each side shown when the difference is too large to diff. */
const EXCERPT_LINES = 10;
/** Characters kept of any one shown line. */
const MAX_LINE_CHARS = 300;
/** Unchanged lines around a hunk, as `diff -u` shows. */
const CONTEXT = 3;

function clip(line: string): string {
  return line.length <= MAX_LINE_CHARS ? line : `${line.slice(0, MAX_LINE_CHARS)}… (${line.length} characters)`;
}

/**
 * At most `limit` lines of `text`, each at most MAX_LINE_CHARS long, and a
 * last line saying how much was left out.
 * @example
 * excerpt('a\nb\nc', 2); // returns 'a\nb\n… and 1 more line (2 characters)'
 */
export function excerpt(text: string, limit = 20): string {
  const lines = text.split('\n');
  const shown = lines.slice(0, limit).map(clip);
  if (lines.length <= limit) return shown.join('\n');
  const rest = lines.length - limit;
  const chars = lines.slice(limit).reduce((sum, line) => sum + line.length + 1, -1);
  return `${shown.join('\n')}\n… and ${rest} more line${rest === 1 ? '' : 's'} (${chars} characters)`;
}

function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: readonly string[], b: readonly string[], prefix: number): number {
  let n = 0;
  while (n < a.length - prefix && n < b.length - prefix && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Moves jsdiff's hunk headers by `offset` lines, as the diffed part starts that far into each text. */
function shiftHunks(patch: string, offset: number): string {
  return patch.replace(/^@@ -(\d+)(,\d+)? \+(\d+)(,\d+)? @@/gm, (_, a: string, b = '', c: string, d = '') => {
    const shift = (start: string) => String(Number(start) === 0 ? 0 : Number(start) + offset);
    return `@@ -${shift(a)}${b} +${shift(c)}${d} @@`;
  });
}

/** A unified diff (hunks only) of expected against actual output, or a bounded excerpt when they differ in too many lines. */
export function outputDiff(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const prefix = commonPrefix(a, b);
  const suffix = commonSuffix(a, b, prefix);
  const aMiddle = a.length - prefix - suffix;
  const bMiddle = b.length - prefix - suffix;
  if (aMiddle + bMiddle <= MAX_DIFF_LINES) {
    const from = Math.max(0, prefix - CONTEXT);
    const part = (lines: readonly string[]) => `${lines.slice(from, lines.length - Math.max(0, suffix - CONTEXT)).map(clip).join('\n')}\n`;
    // Drop jsdiff's file header; keep the hunks.
    const patch = diffPackage().createPatch('output', part(a), part(b), '', '', { context: CONTEXT }).split('\n').slice(4).join('\n').trimEnd();
    return shiftHunks(patch, from);
  }
  const show = (sign: string, lines: readonly string[], count: number) => lines.slice(prefix, prefix + Math.min(count, EXCERPT_LINES)).map((line) => `${sign}${clip(line)}`);
  const more = (count: number) => Math.max(0, count - EXCERPT_LINES);
  return [
    `@@ the outputs differ from line ${prefix + 1} on: ${aMiddle} expected and ${bMiddle} actual lines, too many to diff; the first ${EXCERPT_LINES} of each @@`,
    ...show('-', a, aMiddle),
    ...show('+', b, bMiddle),
    `… and ${more(aMiddle)} more expected and ${more(bMiddle)} more actual lines (${suffix} identical lines after them)`,
  ].join('\n');
}
