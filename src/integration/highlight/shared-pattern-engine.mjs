// @ts-check
/**
 * Shiki's Oniguruma engine, with each distinct pattern compiled once.
 *
 * TextMate grammars repeat themselves: a rule's scanner holds every pattern
 * the rule can meet next, and the same patterns (comments, strings,
 * expressions) come back in rule after rule. Highlighting the 18 blocks of a
 * 6-lesson chapter, vscode-textmate asks the TypeScript grammar for 42
 * scanners of 1,958 patterns, only 261 of them distinct, and Oniguruma
 * compiles each pattern of each scanner anew: 0.32 s of the 0.73 s the
 * highlighter's process took, and the lessons wait for its blocks.
 *
 * Here a scanner is a list of one-pattern scanners, one per distinct pattern,
 * made once and shared. A search asks each in turn for its leftmost match
 * from the position, and answers with the one that starts first, the first
 * pattern on a tie, stopping at a match at the position itself: what
 * Oniguruma's RegSet answers (`ONIG_REGSET_POSITION_LEAD`), which is how
 * vscode-oniguruma searches a line of under 1,000 bytes; a longer line it
 * searches pattern by pattern, as here. As it does then, each pattern keeps
 * its last answer for the line: a match at or after the new position is
 * still the leftmost, and no match from an earlier position is still none
 * (a pattern with `\G`, which matches at the search's start, is searched
 * anew each time).
 *
 * Searching pattern by pattern costs more per search than the RegSet, so a
 * scanner searched more than WHOLE_AFTER_SEARCHES times (a grammar's hot
 * rules, in a long build) is compiled whole after all, and searched as one.
 *
 * The highlighter's process wraps `shiki/engine/oniguruma`'s engine in this
 * (shared-patterns.ts), so Astro's highlighter, unchanged, uses it. It is
 * JavaScript, not TypeScript, because that process loads it by its URL, beside
 * its own bundle, and a TypeScript file would start Node's type stripper there.
 *
 * The same markup (test/unit/integration/shared-pattern-engine.test.ts).
 * Highlighting the 18 blocks (on the highlighter's V8 flags, median of 8) took
 * 0.35 s instead of 0.72 s; the 300 of a 100-lesson chapter 2.3 s instead of
 * 3.0 s; 1.15 MB of this repository's TypeScript as long as before (7.9 s and
 * 7.8 s), its hot scanners compiled whole.
 */
/** After this many searches a scanner is compiled whole: its RegSet search is then quicker than its patterns one by one. */
export const WHOLE_AFTER_SEARCHES = 3000;

/**
 * @typedef {import('shiki').RegexEngine} RegexEngine
 * @typedef {ReturnType<RegexEngine['createScanner']>} Scanner
 * @typedef {Parameters<Scanner['findNextMatchSync']>[0]} SearchedString
 * @typedef {ReturnType<Scanner['findNextMatchSync']>} Match
 */

/**
 * One distinct pattern's scanner, and its last search.
 * @typedef {{ scanner: Scanner, anchoredAtStart: boolean, string: SearchedString | undefined, position: number, options: number, match: Match }} Pattern
 */

/**
 * An engine whose scanners share one compiled scanner per distinct pattern.
 * @param {RegexEngine} engine
 * @param {{ wholeAfterSearches?: number }} [options] when a scanner is compiled whole (the tests make it early)
 * @returns {RegexEngine}
 */
export function sharePatterns(engine, { wholeAfterSearches = WHOLE_AFTER_SEARCHES } = {}) {
  /** @type {Map<string, Pattern>} */
  const compiled = new Map();
  /** @param {string} source */
  const patternOf = (source) => {
    let pattern = compiled.get(source);
    if (!pattern) {
      pattern = { scanner: engine.createScanner([source]), anchoredAtStart: source.includes('\\G'), string: undefined, position: -1, options: -1, match: null };
      compiled.set(source, pattern);
    }
    return pattern;
  };
  /**
   * The pattern's leftmost match from `position`, from its last search when that still holds.
   * @param {Pattern} pattern
   * @param {SearchedString} string
   * @param {number} position
   * @param {number} options
   * @returns {Match}
   */
  const search = (pattern, string, position, options) => {
    const kept =
      !pattern.anchoredAtStart &&
      pattern.string === string &&
      pattern.options === options &&
      pattern.position <= position &&
      (pattern.match === null || (pattern.match.captureIndices[0]?.start ?? -1) >= position);
    if (kept) return pattern.match;
    pattern.string = string;
    pattern.position = position;
    pattern.options = options;
    pattern.match = pattern.scanner.findNextMatchSync(string, position, options);
    return pattern.match;
  };
  return {
    createScanner(patterns) {
      const sources = patterns.map((pattern) => (typeof pattern === 'string' ? pattern : pattern.source));
      const list = sources.map(patternOf);
      let searches = 0;
      /** @type {Scanner | undefined} */
      let whole;
      return {
        findNextMatchSync(string, position, options = 0) {
          if (whole === undefined && ++searches > wholeAfterSearches) whole = engine.createScanner(sources);
          if (whole !== undefined) return whole.findNextMatchSync(string, position, options);
          /** @type {Match} */
          let best = null;
          let bestIndex = -1;
          let bestStart = 0;
          for (let index = 0; index < list.length; index++) {
            const match = search(/** @type {Pattern} */ (list[index]), string, position, options);
            const start = match?.captureIndices[0]?.start;
            if (match === null || start === undefined || (best !== null && start >= bestStart)) continue;
            best = match;
            bestIndex = index;
            bestStart = start;
            if (start === position) break;
          }
          return best === null ? null : { index: bestIndex, captureIndices: best.captureIndices };
        },
        dispose() {
          whole?.dispose?.();
        },
      };
    },
    createString: (string) => engine.createString(string),
  };
}
