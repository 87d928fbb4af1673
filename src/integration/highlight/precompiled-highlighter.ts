/**
 * Highlights the common languages from Shiki's precompiled grammars, with its
 * JavaScript regex engine, making the very `<pre>` Astro's highlighter makes
 * (highlight-block.ts sends every other block to Astro's).
 *
 * Why: Astro's highlighter runs Oniguruma, compiled to WebAssembly, and the
 * first pass over a chapter's blocks is mostly Oniguruma compiling the
 * grammar's rules; a precompiled grammar's rules are JavaScript regular
 * expressions already. Highlighting a 6-lesson chapter's 18 TypeScript blocks
 * in a fresh thread took 0.54 s of CPU instead of 0.78 s.
 *
 * A precompiled grammar is only used where it is the grammar Astro's Shiki
 * would use, converted: test/unit/integration/highlight/precompiled-grammars.test.ts
 * converts each grammar of `PRECOMPILED_GRAMMARS` from Shiki's own and compares
 * the two, so an upgrade that changes one fails there, and the language is
 * then dropped from the list (or the precompiled package upgraded).
 */
import type { ShikiConfig } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import type { HighlighterCore, LanguageRegistration, ShikiTransformer, ThemeRegistrationAny } from 'shiki/core';

type Grammar = { default: LanguageRegistration[] };

/**
 * Each language whose precompiled grammar we checked, by the name and aliases Shiki knows it by. Not every
 * precompiled grammar matches as Oniguruma does: the shell's and Python's colour some words otherwise (seen
 * when this list was made), so they stay with Astro's highlighter.
 */
export const PRECOMPILED_GRAMMARS = {
  typescript: { aliases: ['ts', 'cts', 'mts'], load: (): Promise<Grammar> => import('@shikijs/langs-precompiled/typescript') },
  javascript: { aliases: ['js', 'cjs', 'mjs'], load: (): Promise<Grammar> => import('@shikijs/langs-precompiled/javascript') },
  tsx: { aliases: [], load: (): Promise<Grammar> => import('@shikijs/langs-precompiled/tsx') },
  jsx: { aliases: [], load: (): Promise<Grammar> => import('@shikijs/langs-precompiled/jsx') },
  json: { aliases: [], load: (): Promise<Grammar> => import('@shikijs/langs-precompiled/json') },
} as const;

type GrammarName = keyof typeof PRECOMPILED_GRAMMARS;

const byLanguage = new Map<string, GrammarName>(
  (Object.entries(PRECOMPILED_GRAMMARS) as [GrammarName, (typeof PRECOMPILED_GRAMMARS)[GrammarName]][]).flatMap(([name, { aliases }]) => [
    [name, name],
    ...aliases.map((alias): [string, GrammarName] => [alias, name]),
  ]),
);

/**
 * The precompiled grammar a block of `language` is highlighted with under `config`, or undefined when
 * Astro's highlighter must do it: another language, or settings that change what a language means
 * (`langs` may register a grammar of the same name, `langAlias` may point the name elsewhere) or that
 * Astro handles itself (its `css-variables` theme).
 */
export function precompiledGrammar(config: ShikiConfig, language: string): GrammarName | undefined {
  if ((config.langs?.length ?? 0) > 0 || (config.langAlias && Object.hasOwn(config.langAlias, language))) return undefined;
  if (themesOf(config).some((theme) => theme === 'css-variables')) return undefined;
  return byLanguage.get(language);
}

/** The themes as Astro passes them to Shiki: `themes` if it names any, else `theme` (github-dark unless set). */
function themesOf(config: ShikiConfig): ThemeRegistrationAny[] | string[] {
  const themes = Object.values(config.themes ?? {});
  return (themes.length > 0 ? themes : [config.theme ?? 'github-dark']) as ThemeRegistrationAny[] | string[];
}

const highlighters = new Map<string, Promise<HighlighterCore>>();

async function createHighlighter(config: ShikiConfig): Promise<HighlighterCore> {
  const [{ createHighlighterCore }, { createJavaScriptRawEngine }, { bundledThemes }] = await Promise.all([
    import('shiki/core'),
    import('shiki/engine/javascript'),
    import('shiki/themes'),
  ]);
  const themes = themesOf(config).map((theme) => {
    if (typeof theme !== 'string') return theme;
    const load = bundledThemes[theme as keyof typeof bundledThemes];
    if (!load) throw new Error(`Shiki has no theme named "${theme}"`);
    return load();
  });
  return createHighlighterCore({ themes, langs: [], engine: createJavaScriptRawEngine() });
}

/** One highlighter for given themes, as Astro keeps one; its grammars are loaded as blocks need them. */
async function highlighterFor(config: ShikiConfig, grammar: GrammarName): Promise<HighlighterCore> {
  const key = JSON.stringify(themesOf(config));
  let made = highlighters.get(key);
  if (!made) {
    made = createHighlighter(config);
    highlighters.set(key, made);
    made.catch(() => highlighters.get(key) === made && highlighters.delete(key));
  }
  const highlighter = await made;
  if (!highlighter.getLoadedLanguages().includes(grammar)) await highlighter.loadLanguage((await PRECOMPILED_GRAMMARS[grammar].load()).default);
  return highlighter;
}

function asString(value: unknown): string | undefined {
  return Array.isArray(value) ? value.join(' ') : (value as string | undefined);
}

/**
 * Astro's own change to Shiki's `<pre>` for a block (internal-helpers' shiki.ts, `highlight`): its
 * classes renamed `astro-code`, its language, and the overflow styles `wrap` asks for.
 */
function astroPre(language: string, wrap: boolean | null | undefined): ShikiTransformer {
  return {
    pre(node) {
      node.properties['class'] = (asString(node.properties['class']) ?? '').replace(/shiki/g, 'astro-code');
      node.properties['dataLanguage'] = language;
      const style = asString(node.properties['style']) ?? '';
      if (wrap === false || wrap === undefined) node.properties['style'] = `${style}; overflow-x: auto;`;
      else if (wrap === true) node.properties['style'] = `${style}; overflow-x: auto; white-space: pre-wrap; word-wrap: break-word;`;
    },
  };
}

/** A block highlighted from the precompiled `grammar`, with the root Astro's `codeToHast` would give. */
export async function highlightPrecompiled(config: ShikiConfig, grammar: GrammarName, code: string, language: string, meta: string | undefined): Promise<Root> {
  const highlighter = await highlighterFor(config, grammar);
  const options = {
    // Absent and undefined are the same to Shiki (Astro passes undefined).
    ...(config.defaultColor !== undefined && { defaultColor: config.defaultColor }),
    ...(meta && { meta: { __raw: meta } }),
    // As written (`ts`): the grammar knows its aliases, and transformers see the block's own language.
    lang: language,
    transformers: [astroPre(language, config.wrap), ...(config.transformers ?? [])],
  };
  return config.themes && Object.values(config.themes).length > 0
    ? highlighter.codeToHast(code.replace(/(?:\r\n|\r|\n)$/, ''), { ...options, themes: config.themes })
    : highlighter.codeToHast(code.replace(/(?:\r\n|\r|\n)$/, ''), { ...options, theme: config.theme ?? 'github-dark' });
}
