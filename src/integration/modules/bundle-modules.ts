/**
 * Bundles each module an example imports into one CommonJS script (its own
 * dependencies inside), with esbuild: the form in which the build's runner and
 * the page's worker both evaluate it (example-runtime/modules.ts), so a module
 * runs the same code in both. A bundle's hash is what the example cache keys
 * on: editing a file re-runs exactly the examples whose imports reach it.
 */
import { createHash } from 'node:crypto';
import type { BuildOptions } from 'esbuild';
import { build } from '../esbuild.ts';
import { isRelative } from '../../example-runtime/modules.ts';
import { GENERATOR_MODULES, isGeneratorModule } from './generator-modules.ts';

export type BundleResult = { kind: 'ok'; code: string; hash: string } | { kind: 'error'; message: string };

const OPTIONS = {
  bundle: true,
  format: 'cjs',
  // The page has no Node: a module that needs one fails here, by name, rather than in a reader's browser.
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2022',
  write: false,
  metafile: true,
  minify: true,
  // Function names show in what examples print (a function's inspect) and in stack traces.
  keepNames: true,
  logLevel: 'silent',
  legalComments: 'none',
} as const satisfies BuildOptions;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export class ModuleBundler {
  readonly #root: string;
  readonly #bundles = new Map<string, Promise<BundleResult>>();

  /** @param root the project root, whose package.json maps the course's `#…` modules */
  constructor(root: string) {
    this.#root = root;
  }

  /** Forgets every bundle, so the next request sees edited sources (`astro dev`). */
  invalidate(): void {
    this.#bundles.clear();
  }

  /** The bundle of the module with this key (see example-runtime/modules.ts), made once per build. */
  bundle(key: string): Promise<BundleResult> {
    let result = this.#bundles.get(key);
    if (!result) {
      result = this.#build(key);
      this.#bundles.set(key, result);
    }
    return result;
  }

  async #build(key: string): Promise<BundleResult> {
    // A relative key is a file of the project; anything else is resolved as package.json would.
    // A generator module (`course:plot`) is its file; a root-relative key a file of the project.
    const specifier = isGeneratorModule(key) ? GENERATOR_MODULES[key]! : key.startsWith('/') ? `.${key}` : key;
    if (isRelative(key)) return { kind: 'error', message: `'${key}' is not a module key` };
    try {
      const result = await build({
        ...OPTIONS,
        stdin: { contents: `module.exports = require(${JSON.stringify(specifier)});`, resolveDir: this.#root, sourcefile: `import of ${key}`, loader: 'js' },
      });
      const code = result.outputFiles[0]?.text ?? '';
      return { kind: 'ok', code, hash: sha256(code) };
    } catch (error) {
      const errors = (error as { errors?: { text: string }[] }).errors;
      const message = errors?.map((entry) => entry.text).join('; ') ?? (error instanceof Error ? error.message : String(error));
      return { kind: 'error', message: `Cannot bundle the module '${key}' for the examples: ${message}` };
    }
  }
}
