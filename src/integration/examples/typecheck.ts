/**
 * Type-checks examples against the course library's real types: one
 * TypeScript program for all the examples of a build (a program per fence
 * would re-check the library each time). Each example is a virtual module in
 * the project root, so `#activations` resolves through package.json `imports`
 * exactly as it does for the runner and the browser bundle.
 */
import ts from 'typescript';
import { join } from 'node:path';

export interface TypeDiagnostic {
  /** 1-based line inside the example. */
  line: number;
  column: number;
  message: string;
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

/** Returns each example's diagnostics, in the order given (an empty list when it checks). */
export function typecheckExamples(codes: readonly string[], root: string): TypeDiagnostic[][] {
  const dir = join(root, '.course-examples');
  const virtual = new Map(codes.map((code, index) => [join(dir, `example-${index}.ts`), code]));
  const envFile = join(dir, 'environment.d.ts');
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
  return [...virtual.keys()].slice(0, codes.length).map((file) => {
    const source = program.getSourceFile(file);
    if (!source) return [{ line: 1, column: 1, message: 'the example could not be loaded' }];
    return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((diagnostic) => {
      const { line, character } = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      return { line: line + 1, column: character + 1, message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n') };
    });
  });
}
