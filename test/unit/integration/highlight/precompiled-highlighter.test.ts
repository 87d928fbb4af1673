import type { ShikiConfig } from '@astrojs/markdown-remark';
import { createShikiHighlighter } from '@astrojs/markdown-remark/shiki';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultJavaScriptRegexConstructor } from 'shiki/engine/javascript';
import { bundledLanguages } from 'shiki/langs';
import { describe, expect, test } from 'vitest';
import { fences } from '../../../../src/integration/examples/scan-examples.ts';
import { highlightBlock } from '../../../../src/integration/highlight/highlight-block.ts';
import { PRECOMPILED_GRAMMARS, precompiledGrammar } from '../../../../src/integration/highlight/precompiled-highlighter.ts';

const ROOT = join(import.meta.dirname, '../../../..');
const COURSE: ShikiConfig = { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: false };

/**
 * Walks Shiki's grammar and the precompiled one side by side: every pattern Shiki's has as a string must be,
 * in the precompiled one, the regular expression Shiki's JavaScript engine makes of it (as ES2024, which the
 * precompiled grammars target); everything else must be equal. Returns where they differ.
 */
function differences(source: unknown, precompiled: unknown, path: string): string[] {
  if (typeof source === 'string' && precompiled instanceof RegExp) {
    const converted = defaultJavaScriptRegexConstructor(source, { target: 'ES2024' });
    const same =
      converted.source === precompiled.source &&
      converted.flags === precompiled.flags &&
      converted.constructor === precompiled.constructor &&
      JSON.stringify((converted as { rawOptions?: unknown }).rawOptions) === JSON.stringify((precompiled as { rawOptions?: unknown }).rawOptions);
    return same ? [] : [path];
  }
  if (Array.isArray(source)) {
    if (!Array.isArray(precompiled) || precompiled.length !== source.length) return [`${path}: length`];
    return source.flatMap((item, index) => differences(item, precompiled[index], `${path}/${index}`));
  }
  if (typeof source === 'object' && source !== null) {
    if (typeof precompiled !== 'object' || precompiled === null) return [path];
    const given = precompiled as Record<string, unknown>;
    // The precompiled grammars carry keys Shiki's leave out, set to undefined.
    const keys = Object.keys(given).filter((key) => key in source || given[key] !== undefined);
    if (keys.toSorted().join() !== Object.keys(source).toSorted().join()) return [`${path}: keys`];
    return Object.entries(source).flatMap(([key, value]) => differences(value, given[key], `${path}/${key}`));
  }
  return source === precompiled ? [] : [`${path}: ${String(source)} ≠ ${String(precompiled)}`];
}

/** The language's grammar as Astro's highlighter loads it. */
async function shikiGrammar(name: string): Promise<unknown> {
  const load = bundledLanguages[name as keyof typeof bundledLanguages];
  return (await load()).default;
}

describe('the precompiled grammars', () => {
  test.each(Object.keys(PRECOMPILED_GRAMMARS))('%s is the grammar Shiki’s own highlighter uses, converted', async (name) => {
    const { aliases, load } = PRECOMPILED_GRAMMARS[name as keyof typeof PRECOMPILED_GRAMMARS];
    const precompiled = (await load()).default;
    expect(differences(await shikiGrammar(name), precompiled, name)).toEqual([]);
    expect(precompiled.flatMap((grammar) => grammar.aliases ?? [])).toEqual(aliases);
  });

  test('the comparison finds a grammar that changed since its precompiling (CSS did, between Shiki 4.4 and 4.6)', async () => {
    const css = (await import('@shikijs/langs-precompiled/css')).default;
    expect(differences(await shikiGrammar('css'), css, 'css')).not.toEqual([]);
  });
});

describe('precompiledGrammar', () => {
  test('takes the precompiled languages by name and alias', () => {
    expect(precompiledGrammar(COURSE, 'ts')).toBe('typescript');
    expect(precompiledGrammar(COURSE, 'typescript')).toBe('typescript');
    expect(precompiledGrammar(COURSE, 'mjs')).toBe('javascript');
    expect(precompiledGrammar({}, 'json')).toBe('json');
  });

  test('leaves to Astro’s highlighter any other language, and settings that change what a name means', () => {
    expect(precompiledGrammar(COURSE, 'css')).toBeUndefined();
    // Their precompiled grammars match some words otherwise than Oniguruma does.
    expect(precompiledGrammar(COURSE, 'bash')).toBeUndefined();
    expect(precompiledGrammar(COURSE, 'python')).toBeUndefined();
    expect(precompiledGrammar(COURSE, 'plaintext')).toBeUndefined();
    expect(precompiledGrammar({ ...COURSE, langAlias: { ts: 'javascript' } }, 'ts')).toBeUndefined();
    expect(precompiledGrammar({ ...COURSE, langs: [{ name: 'typescript', scopeName: 'source.ts', patterns: [], repository: {} }] }, 'ts')).toBeUndefined();
    expect(precompiledGrammar({ theme: 'css-variables' }, 'ts')).toBeUndefined();
  });
});

/** Every code block of the course's lessons, and a few of each other precompiled language. */
function corpus(): { code: string; language: string; meta: string | undefined }[] {
  const lessons = join(ROOT, 'content/activations');
  const blocks = readdirSync(lessons).flatMap((file) =>
    fences(readFileSync(join(lessons, file), 'utf8'))
      .filter((fence) => fence.lang && precompiledGrammar(COURSE, fence.lang))
      .map((fence) => ({ code: `${fence.code}\n`, language: fence.lang, meta: fence.meta || undefined })),
  );
  const library = join(ROOT, 'src/activations');
  const sources = readdirSync(library)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ code: readFileSync(join(library, file), 'utf8'), language: 'ts', meta: undefined }));
  const others = [
    { code: 'const f = (x) => `${x}` / 2; // ok\nexport default class A extends B { #p = /a+b/g; }\n', language: 'js', meta: 'title="a.js"' },
    { code: '{ "a": [1, 2.5e-3, true, null], "b": { "c": "\\u00e9" } }\n', language: 'json', meta: undefined },
    { code: 'const A = <T,>(p: { x: T }) => <div className="a">{p.x}</div>;\n', language: 'tsx', meta: undefined },
    { code: 'const A = (p) => <Foo.Bar x={1} {...p}>text</Foo.Bar>;\n', language: 'jsx', meta: undefined },
  ];
  return [...blocks, ...sources, ...others];
}

describe('highlightBlock', () => {
  const configs: [string, ShikiConfig][] = [
    ['the course’s two themes', COURSE],
    ['Astro’s default theme', {}],
    ['wrapping', { theme: 'nord', wrap: true }],
    ['no overflow styles', { ...COURSE, wrap: null }],
  ];
  test.each(configs)('makes the <pre> Astro’s highlighter makes, with %s', async (_name, config) => {
    // The whole corpus once; a sample of it for the other settings, which change only the <pre> and colours.
    const blocks = config === COURSE ? corpus() : corpus().filter((_block, index) => index % 8 === 0);
    expect(blocks.length).toBeGreaterThan(config === COURSE ? 40 : 5);
    const astro = await createShikiHighlighter(config);
    const differing: string[] = [];
    for (const block of blocks) {
      expect(precompiledGrammar(config, block.language)).toBeDefined();
      const theirs = await astro.codeToHast(block.code, block.language, {
        ...(block.meta !== undefined && { meta: block.meta }),
        ...(config.wrap !== undefined && { wrap: config.wrap }),
        ...(config.defaultColor !== undefined && { defaultColor: config.defaultColor }),
      });
      const ours = await highlightBlock(config, block);
      if (JSON.stringify(ours) !== JSON.stringify(theirs.children[0])) differing.push(`${block.language}: ${block.code.split('\n')[0]}`);
    }
    expect(differing).toEqual([]);
  });
});
