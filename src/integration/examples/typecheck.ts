/**
 * Type-checks examples against the course library's real types: one
 * TypeScript program for all the examples of a build (a program per fence
 * would re-check the library each time). Each example is a virtual module
 * beside its lesson, so `#…` specifiers resolve through package.json
 * `imports`, relative ones from the lesson's folder and npm packages from
 * node_modules, exactly as they do for the runner and the browser bundle.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { ENVIRONMENT, GENERATOR_PATHS, virtualName, withModuleHint, type CheckedSource, type TypeDiagnostic } from './typecheck-shared.ts';

export type { CheckedSource, TypeDiagnostic } from './typecheck-shared.ts';

/** The compiler options of the examples' program; typecheck-native.ts writes the same as a tsconfig. */
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
  paths: GENERATOR_PATHS,
};

function messageOf(diagnostic: ts.Diagnostic, courseModules: readonly string[]): string {
  return withModuleHint(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'), diagnostic.code, courseModules);
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
