/**
 * The highlighting thread loads Shiki's regex engine from its .wasm file
 * (highlight/onig-wasm-file.ts) instead of the base64 copy `shiki/wasm`
 * decodes: the same binary, without Node's fetch and web streams.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../../helpers/build-site.ts';
import { modulesLoadedBy } from '../../helpers/loaded-packages.ts';

const shikiConfig = { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: false };
const block = { code: "import { sigmoid } from '#activations';\nconst y = sigmoid(0.5); // a comment\n", language: 'ts', meta: undefined };

/** A fresh Node that highlights `block` (with the file loader first, or not) and prints the `<pre>`. */
function highlightScript(fromFile: boolean): string {
  const url = (path: string) => JSON.stringify(pathToFileURL(join(repoRoot, path)).href);
  return [
    `const { loadOnigurumaFromFile } = await import(${url('src/integration/highlight/onig-wasm-file.ts')});`,
    fromFile ? 'loadOnigurumaFromFile();' : '',
    `const { highlightBlock } = await import(${url('src/integration/highlight/highlight-block.ts')});`,
    `const pre = await highlightBlock(${JSON.stringify(shikiConfig)}, ${JSON.stringify(block)});`,
    "process.on('exit', () => process.stderr.write(JSON.stringify(pre)));",
  ].join('\n');
}

describe('loadOnigurumaFromFile', () => {
  test('the file holds the very binary shiki/wasm decodes', async () => {
    const shikiRequire = createRequire(createRequire(join(repoRoot, 'package.json')).resolve('shiki'));
    const inlined = (await import(pathToFileURL(shikiRequire.resolve('@shikijs/engine-oniguruma/wasm-inlined')).href)) as { wasmBinaryPromise: Promise<Uint8Array> };
    const file = await readFile(shikiRequire.resolve('shiki/onig.wasm'));
    expect(Buffer.from(await inlined.wasmBinaryPromise).equals(file)).toBe(true);
  });

  test('highlighting then never loads the inlined copy, and makes the same <pre>', () => {
    const inlined = (urls: string[]) => urls.filter((url) => url.includes('wasm-inlined'));
    const [asShiki, fromFile] = [modulesLoadedBy(highlightScript(false)), modulesLoadedBy(highlightScript(true))];
    expect(inlined(asShiki.urls)).toHaveLength(1);
    expect(inlined(fromFile.urls)).toEqual([]);
    expect(fromFile.stderr).toBe(asShiki.stderr);
    expect(fromFile.stderr).toContain('astro-code');
  });
});
