/**
 * Type-checks examples against the course library's real types: one
 * TypeScript program for all the examples of a build (a program per fence
 * would re-check the library each time). Each example is a virtual module
 * beside its lesson, so `#…` specifiers resolve through package.json
 * `imports`, relative ones from the lesson's folder and npm packages from
 * node_modules, exactly as they do for the runner and the browser bundle.
 */
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import ts from 'typescript';

export interface TypeDiagnostic {
  /** 1-based line inside the example. */
  line: number;
  column: number;
  message: string;
  /** The problem is in the exercise's ```ts check fence; `line` is still counted from the example's fence. */
  inCheck?: boolean;
}

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2023,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  // Every example is its own module, so two examples may both declare `const x`.
  moduleDetection: ts.ModuleDetectionKind.Force,
  lib: ['lib.es2023.d.ts'],
  types: [],
  skipLibCheck: true,
};

/**
 * What an example may use besides the library: what both the build's example
 * scope (example-scope.ts) and the page's Web Worker provide.
 */
const ENVIRONMENT = `declare var console: {
  log(...data: unknown[]): void;
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
  debug(...data: unknown[]): void;
};
declare function setTimeout(handler: (...args: any[]) => void, timeout?: number, ...args: any[]): number;
declare function setInterval(handler: (...args: any[]) => void, timeout?: number, ...args: any[]): number;
declare function clearTimeout(id: number | undefined): void;
declare function clearInterval(id: number | undefined): void;
declare function queueMicrotask(callback: () => void): void;
declare function structuredClone<T>(value: T): T;
declare function atob(data: string): string;
declare function btoa(data: string): string;
declare var performance: { now(): number };`;

export interface CheckedSource {
  code: string;
  /** The lesson it comes from, relative to `root`. */
  file: string;
}

/** TypeScript's "Cannot find module" errors. */
const MODULE_NOT_FOUND = new Set([2307, 2792]);

function messageOf(diagnostic: ts.Diagnostic, courseModules: readonly string[]): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (!MODULE_NOT_FOUND.has(diagnostic.code)) return message;
  const known = courseModules.length === 0 ? 'none' : courseModules.map((name) => `'${name}'`).join(', ');
  return `${message} The course's modules (package.json "imports") are ${known}; examples can also import the project's files by relative path and its npm dependencies.`;
}

/** The files the programs of one project share: lib.d.ts, the course's modules, node_modules types. */
interface SourceFileCache {
  get(file: string, text: string, language: ts.ScriptTarget | ts.CreateSourceFileOptions): ts.SourceFile;
  /** Forgets every file the last program did not use (an example since edited, say). */
  keepOnly(program: ts.Program): void;
}

/**
 * Parsed (and, once checked, bound) source files by name and text, so a
 * second program over the same library parses nothing again: the dev server's
 * re-check of one edited example, or a second batch in a build.
 */
function sourceFileCache(): SourceFileCache {
  const files = new Map<string, ts.SourceFile>();
  return {
    get(file, text, language) {
      const cached = files.get(file);
      if (cached && cached.text === text) return cached;
      const created = ts.createSourceFile(file, text, language);
      files.set(file, created);
      return created;
    },
    keepOnly(program) {
      const used = new Set(program.getSourceFiles());
      for (const [file, source] of files) if (!used.has(source)) files.delete(file);
    },
  };
}

function virtualName(root: string, { code, file }: CheckedSource): string {
  // Named by content, so the same example is the same file in every program (and its parse is reused).
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  return join(root, dirname(file), `.course-example-${hash}.ts`);
}

export type Typechecker = (sources: readonly CheckedSource[]) => TypeDiagnostic[][];

/**
 * A type-checker for the examples of one project: each call builds one
 * program over the given examples (a program per fence would re-check the
 * library each time), reusing every file earlier calls parsed.
 * @param courseModules the course's `#…` specifiers, listed when an import is not found
 */
export function createTypechecker(root: string, courseModules: readonly string[] = []): Typechecker {
  const host = ts.createCompilerHost(OPTIONS);
  const cache = sourceFileCache();
  const envFile = join(root, '.course-examples', 'environment.d.ts');
  let virtual = new Map<string, string>();
  const readFile = host.readFile.bind(host);
  host.fileExists = (file) => virtual.has(file) || ts.sys.fileExists(file);
  host.readFile = (file) => virtual.get(file) ?? readFile(file);
  host.getSourceFile = (file, language, onError) => {
    const text = virtual.get(file) ?? readFile(file);
    if (text === undefined) {
      onError?.(`cannot read ${file}`);
      return undefined;
    }
    return cache.get(file, text, language);
  };
  let oldProgram: ts.Program | undefined;
  return (sources) => {
    const names = sources.map((source) => virtualName(root, source));
    virtual = new Map(names.map((name, index) => [name, sources[index]!.code]));
    virtual.set(envFile, ENVIRONMENT);
    const program = ts.createProgram({ rootNames: [...virtual.keys()], options: OPTIONS, host, ...(oldProgram && { oldProgram }) });
    oldProgram = program;
    cache.keepOnly(program);
    return names.map((file) => {
      const source = program.getSourceFile(file);
      if (!source) return [{ line: 1, column: 1, message: 'the example could not be loaded' }];
      return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((diagnostic) => {
        const { line, character } = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
        return { line: line + 1, column: character + 1, message: messageOf(diagnostic, courseModules) };
      });
    });
  };
}

/** Returns each source's diagnostics, in the order given (an empty list when it checks): one program, thrown away after. */
export function typecheckExamples(sources: readonly CheckedSource[], root: string, courseModules: readonly string[] = []): TypeDiagnostic[][] {
  return createTypechecker(root, courseModules)(sources);
}
