/**
 * The course's own code that a download must carry for its examples to run:
 * the module each `#…` import maps to in the project's package.json, every
 * project file an example imports by relative path, and every file those
 * import in turn (found with TypeScript's import scanner). Each keeps its
 * path from the project root, so the package.json `imports` of the download
 * are the project's own, and the library reads as it does in the repository.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import { parseTypeScript } from './parse-typescript.ts';
import { isRelative } from '../../example-runtime/modules.ts';
import { isGeneratorModule } from '../modules/generator-modules.ts';

export interface LibraryFiles {
  /** Path in the download (see downloadPath) → text. */
  files: Map<string, string>;
  /** The `#…` imports the examples use, as package.json maps them (`./src/activations/index.ts`). */
  imports: Record<string, string>;
  /** npm packages the code imports; the reader installs them (`npm install`). */
  packages: Record<string, string>;
}

interface Manifest {
  imports?: Record<string, unknown>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** A package.json `imports` target: a path, or the first path among its conditions. */
function targetOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return undefined;
  const conditions = value as Record<string, unknown>;
  for (const key of ['import', 'node', 'default']) if (typeof conditions[key] === 'string') return conditions[key] as string;
  return undefined;
}

/** `react-dom/client` → `react-dom`; `@scope/x/y` → `@scope/x`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/**
 * Where a course file goes in the download: its path from the project root,
 * and for a file above the root (a test course reaching into its repository)
 * each leading `..` becomes `_up`, so the files keep their places relative
 * to each other.
 * @example
 * downloadPath('src/activations/index.ts'); // returns 'src/activations/index.ts'
 * downloadPath('../../lib/x.ts'); // returns '_up/_up/lib/x.ts'
 */
export function downloadPath(projectPath: string): string {
  return projectPath.replace(/^(\.\.\/)+/, (ups) => '_up/'.repeat(ups.length / 3));
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

export class LibraryCollector {
  readonly #root: string;
  readonly #manifest: Manifest;
  readonly #sources = new Map<string, string>();
  readonly #reading = new Map<string, Promise<string>>();
  readonly #imports = new Map<string, string[]>();

  private constructor(root: string, manifest: Manifest) {
    this.#root = root;
    this.#manifest = manifest;
  }

  static async create(root: string): Promise<LibraryCollector> {
    // A course without a package.json has no `#…` modules: its examples import only files and packages.
    const text = await readFile(join(root, 'package.json'), 'utf8').catch(() => '{}');
    return new LibraryCollector(root, JSON.parse(text) as Manifest);
  }

  /** Where a `#…` specifier points, from the project root (`src/activations/index.ts`), if the project maps it. */
  mapped(specifier: string): string | undefined {
    const target = targetOf(this.#manifest.imports?.[specifier]);
    return target === undefined ? undefined : toPosix(normalize(target));
  }

  /** Every course file read so far, by its path from the project root. */
  get sources(): ReadonlyMap<string, string> {
    return this.#sources;
  }

  /** Every lesson's download reaches the same library files: each is scanned once. */
  #importsOf(path: string, text: string): string[] {
    let imports = this.#imports.get(path);
    if (!imports) {
      imports = parseTypeScript(text).imports;
      this.#imports.set(path, imports);
    }
    return imports;
  }

  /** The text of `path`, read once however many lessons ask for it, and at once. */
  #source(path: string): Promise<string> {
    let reading = this.#reading.get(path);
    if (reading === undefined) {
      reading = readFile(join(this.#root, path), 'utf8').then((text) => {
        this.#sources.set(path, text);
        return text;
      });
      // A file followed but never read (already collected) fails nobody; one that is read fails its lesson, there.
      reading.catch(() => undefined);
      this.#reading.set(path, reading);
    }
    return reading;
  }

  /**
   * The files the given imports reach.
   * @param imports each specifier an example imports, with the example's folder from the root (`content/ch`)
   */
  async collect(imports: readonly { specifier: string; fromDir: string }[]): Promise<LibraryFiles> {
    const result: LibraryFiles = { files: new Map(), imports: {}, packages: {} };
    const pending: string[] = [];
    // Each file is read as soon as it is followed, the files one reaches together: one after the other,
    // each read waited a turn of the busy event loop the downloads run on (some 50 for the activations).
    const enqueue = (path: string) => {
      pending.push(path);
      void this.#source(path);
    };
    const follow = (specifier: string, fromDir: string) => {
      // Node's built-ins need nothing; the generator's own modules (`course:plot`) come with plot-module.ts.
      if (specifier.startsWith('node:') || isGeneratorModule(specifier)) return;
      if (specifier.startsWith('#')) {
        const target = this.mapped(specifier);
        if (target === undefined) return;
        result.imports[specifier] = `./${downloadPath(target)}`;
        enqueue(target);
      } else if (isRelative(specifier)) {
        enqueue(toPosix(normalize(join(fromDir, specifier))));
      } else {
        const name = packageName(specifier);
        result.packages[name] = this.#manifest.dependencies?.[name] ?? this.#manifest.devDependencies?.[name] ?? '*';
      }
    };
    for (const { specifier, fromDir } of imports) follow(specifier, fromDir);
    while (pending.length > 0) {
      const path = pending.pop()!;
      if (result.files.has(downloadPath(path))) continue;
      const text = await this.#source(path);
      result.files.set(downloadPath(path), text);
      for (const imported of this.#importsOf(path, text)) follow(imported, dirname(path));
    }
    return result;
  }
}
