/**
 * Type-checks examples against the course library's real types: one
 * TypeScript program for all the examples of a build (a program per fence
 * would re-check the library each time). Each example is a virtual module
 * beside its lesson, so `#…` specifiers resolve through package.json
 * `imports`, relative ones from the lesson's folder and npm packages from
 * node_modules, exactly as they do for the runner and the browser bundle.
 */
import ts from 'typescript';
import { dirname, join } from 'node:path';

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

/** What an example may use besides the library: the console, as in Node and the browser alike. */
const ENVIRONMENT = `declare var console: {
  log(...data: unknown[]): void;
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
  debug(...data: unknown[]): void;
};`;

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

/**
 * Returns each source's diagnostics, in the order given (an empty list when it checks).
 * @param courseModules the course's `#…` specifiers, listed when an import is not found
 */
export function typecheckExamples(sources: readonly CheckedSource[], root: string, courseModules: readonly string[] = []): TypeDiagnostic[][] {
  const virtual = new Map(sources.map(({ code, file }, index) => [join(root, dirname(file), `.course-example-${index}.ts`), code]));
  const envFile = join(root, '.course-examples', 'environment.d.ts');
  virtual.set(envFile, ENVIRONMENT);
  const host = ts.createCompilerHost(OPTIONS);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (file) => virtual.has(file) || ts.sys.fileExists(file);
  host.readFile = (file) => virtual.get(file) ?? readFile(file);
  host.getSourceFile = (file, language, onError) => {
    const text = virtual.get(file);
    return text === undefined ? getSourceFile(file, language, onError) : ts.createSourceFile(file, text, language);
  };
  const program = ts.createProgram({ rootNames: [...virtual.keys()], options: OPTIONS, host });
  return [...virtual.keys()].slice(0, sources.length).map((file) => {
    const source = program.getSourceFile(file);
    if (!source) return [{ line: 1, column: 1, message: 'the example could not be loaded' }];
    return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((diagnostic) => {
      const { line, character } = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      return { line: line + 1, column: character + 1, message: messageOf(diagnostic, courseModules) };
    });
  });
}
