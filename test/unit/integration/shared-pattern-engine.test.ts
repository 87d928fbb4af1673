/**
 * The highlighter's Oniguruma engine compiles each distinct pattern once
 * (highlight/shared-pattern-engine.mjs): the same markup as Shiki's own
 * engine, from far fewer regex compiles.
 */
import type { ShikiConfig } from '@astrojs/markdown-remark';
import { fork } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHighlighterCore, type HighlighterCore, type RegexEngine } from 'shiki/core';
import { createOnigurumaEngine } from 'shiki/engine/oniguruma';
import { describe, expect, test } from 'vitest';
import { highlightBlock } from '../../../src/integration/highlight/highlight-block.ts';
import { sharePatterns } from '../../../src/integration/highlight/shared-pattern-engine.mjs';
import { repoRoot } from '../../helpers/build-site.ts';

const THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;

/** Files of this repository in the languages a course shows, each with the grammar that reads it. */
const FILES: readonly [path: string, lang: string][] = [
  ['src/integration/highlight/highlight-ahead.ts', 'typescript'],
  ['src/integration/compile-cache.mjs', 'javascript'],
  ['src/styles/global.css', 'css'],
  ['content/chapters.yaml', 'yaml'],
  ['package.json', 'json'],
  ['README.md', 'markdown'],
  ['content/activations/softmax.mdx', 'mdx'],
  ['src/layouts/LessonLayout.astro', 'astro'],
  ['.ci/run', 'shellscript'],
];

/** A line of over 1,000 bytes, which vscode-oniguruma searches pattern by pattern rather than as a RegSet. */
const LONG_LINE = `const table = [${Array.from({ length: 150 }, (_, i) => `{ x: ${i / 7}, label: 'p${i}' /* ${i} */ }`).join(', ')}]; // end\n`;

async function samples(): Promise<{ code: string; lang: string }[]> {
  const files = await Promise.all(FILES.map(async ([path, lang]) => ({ code: (await readFile(join(repoRoot, path), 'utf8')).slice(0, 8_000), lang })));
  return [...files, { code: LONG_LINE, lang: 'typescript' }];
}

/** Counts the patterns an engine is asked to compile. */
function counted(engine: RegexEngine): { engine: RegexEngine; patterns: () => number } {
  let patterns = 0;
  return {
    engine: {
      createScanner: (list) => {
        patterns += list.length;
        return engine.createScanner(list);
      },
      createString: (string) => engine.createString(string),
    },
    patterns: () => patterns,
  };
}

async function highlighter(engine: RegexEngine): Promise<HighlighterCore> {
  return createHighlighterCore({
    themes: [import('shiki/themes/github-light-high-contrast.mjs'), import('shiki/themes/github-dark-high-contrast.mjs')],
    langs: [...new Set(FILES.map(([, lang]) => lang))].map((lang) => import(`shiki/langs/${lang}.mjs`)),
    engine,
  });
}

async function html(engine: RegexEngine): Promise<string[]> {
  const shiki = await highlighter(engine);
  return (await samples()).map(({ code, lang }) => shiki.codeToHtml(code, { lang, themes: THEMES, defaultColor: false }));
}

describe('sharePatterns', () => {
  test("makes Shiki's markup, byte for byte, in every language here, on short lines and long, before and after its scanners are compiled whole", async () => {
    const wasm = import('shiki/wasm');
    const own = await html(await createOnigurumaEngine(wasm));
    const shared = await html(sharePatterns(await createOnigurumaEngine(wasm)));
    const wholeEarly = await html(sharePatterns(await createOnigurumaEngine(wasm), { wholeAfterSearches: 20 }));
    expect(own.join('').length).toBeGreaterThan(100_000);
    own.forEach((markup, index) => {
      expect(shared[index], FILES[index]?.[0] ?? 'the long line').toBe(markup);
      expect(wholeEarly[index], FILES[index]?.[0] ?? 'the long line').toBe(markup);
    });
  }, 30_000);

  test('answers each search as Shiki does, whatever the order of the searches on a line (its answers kept from an earlier search hold only for a later position)', async () => {
    const wasm = import('shiki/wasm');
    const own = await createOnigurumaEngine(wasm);
    const shared = sharePatterns(await createOnigurumaEngine(wasm));
    const patterns = ['\\Gfoo', 'b(a)r', 'foo', '(?<=x)o+'];
    const searches: [text: string, position: number][] = [
      ['xfoo bar foo', 0], // the leftmost match: "foo" at 1 (\G only at 0)
      ['xfoo bar foo', 1], // \G is now at 1: the first pattern wins the tie
      ['xfoo bar foo', 5], // "bar", with its group
      ['xfoo bar foo', 9], // only "foo" is left
      ['xfoo bar foo', 3], // back before "bar": found again, not "no match" from 9
      ['xfoo bar foo', 0],
      ['yyyyyfoo', 1], // a new line: nothing kept from the last one's searches
    ];
    const [ownScanner, sharedScanner] = [own.createScanner(patterns), shared.createScanner(patterns)];
    const strings = new Map<string, [ReturnType<RegexEngine['createString']>, ReturnType<RegexEngine['createString']>]>();
    for (const [text, position] of searches) {
      if (!strings.has(text)) strings.set(text, [own.createString(text), shared.createString(text)]);
      const [ownString, sharedString] = strings.get(text)!;
      expect(sharedScanner.findNextMatchSync(sharedString, position, 0), `${text} from ${position}`).toEqual(ownScanner.findNextMatchSync(ownString, position, 0));
    }
  });

  test('compiles each distinct pattern once: a fraction of what Shiki compiles', async () => {
    const wasm = import('shiki/wasm');
    const own = counted(await createOnigurumaEngine(wasm));
    const shared = counted(await createOnigurumaEngine(wasm));
    const code = (await readFile(join(repoRoot, 'src/integration/highlight/highlight-ahead.ts'), 'utf8')).slice(0, 12_000);
    for (const [engine] of [[own.engine], [sharePatterns(shared.engine)]] as const) {
      (await highlighter(engine)).codeToHtml(code, { lang: 'typescript', themes: THEMES, defaultColor: false });
    }
    expect(own.patterns()).toBeGreaterThan(1000);
    expect(shared.patterns()).toBeLessThan(own.patterns() / 4);
  }, 30_000);

  test("the highlighter's process loads the shared engine for Astro's highlighter, and answers with the <pre> this thread makes", async () => {
    const block = { code: "import { sigmoid } from '#activations';\nconst y = sigmoid(0.5); // a comment\n", language: 'ts', meta: undefined };
    const config: ShikiConfig = { themes: THEMES, defaultColor: false };
    // Every module the process loads, written to its stdout as it ends.
    const noteLoads = `data:text/javascript,${encodeURIComponent(
      "import { registerHooks } from 'node:module'; const urls = []; registerHooks({ load(url, context, next) { urls.push(url); return next(url, context); } }); process.on('exit', () => process.stdout.write(JSON.stringify(urls)));",
    )}`;
    const child = fork(join(repoRoot, 'src/integration/highlight/highlight-process.ts'), [], { execArgv: ['--import', noteLoads], stdio: ['ignore', 'pipe', 'inherit', 'ipc'], serialization: 'advanced' });
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const answer = new Promise<unknown>((resolve) => child.once('message', resolve));
    child.send({ config, blocks: [block] });
    const { pre } = (await answer) as { pre: unknown };
    const ended = new Promise((resolve) => child.once('exit', resolve));
    child.disconnect();
    await ended;
    const loaded = JSON.parse(stdout) as string[];
    expect(loaded.filter((url) => url.endsWith('/shared-pattern-engine.mjs'))).toHaveLength(1);
    expect(pre).toEqual(await highlightBlock(config, block));
  }, 30_000);
});
