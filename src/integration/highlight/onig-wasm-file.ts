/**
 * Shiki's default Oniguruma loader (`shiki/wasm`) holds the regex engine's
 * 466 kB of WebAssembly as gzipped base64 inside JavaScript: loading it decodes
 * the base64 and gunzips it through web streams, which brings Node's fetch
 * (undici) into the thread too, about 0.1 s of a core before the first block
 * is highlighted, on a thread whose blocks the lessons wait for. The package
 * ships the same binary as a file (`shiki/onig.wasm`): in the thread that calls
 * this, `shiki/wasm` is answered with a module that instantiates that file.
 * Same bytes (test/unit/integration/onig-wasm-file.test.ts), same engine, same markup.
 */
import * as nodeModule from 'node:module';
import { replaceImport } from './replace-import.ts';

/** `shiki/wasm`'s exports, made from the binary file at `path`. */
function instantiatorOf(path: string): string {
  return [
    "import { readFile } from 'node:fs/promises';",
    `export const wasmBinaryPromise = readFile(${JSON.stringify(path)});`,
    'export const getWasmInstance = async (info) => (await WebAssembly.instantiate(await wasmBinaryPromise, info)).instance.exports;',
    'export default getWasmInstance;',
  ].join('\n');
}

/** From now on, this thread's imports of `shiki/wasm` load the engine from its file. */
export function loadOnigurumaFromFile(): void {
  // The binary of the very copy of Shiki the importer would have loaded.
  replaceImport('shiki/wasm', ({ parentURL }) => instantiatorOf(nodeModule.createRequire(parentURL).resolve('shiki/onig.wasm')));
}
