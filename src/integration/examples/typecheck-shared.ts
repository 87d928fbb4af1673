/**
 * What the two type-checkers of examples share (typecheck-native.ts, on
 * TypeScript 7's native compiler, and typecheck.ts, on the TypeScript 6 API):
 * the diagnostics they return, the environment examples see, and how an
 * example becomes a file beside its lesson. Nothing here loads a compiler.
 */
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { GENERATOR_MODULES } from '../modules/generator-modules.ts';

/** The generator's own modules (`course:plot`) are files of the generator, not packages: each specifier maps to its file. */
export const GENERATOR_PATHS: Record<string, string[]> = Object.fromEntries(Object.entries(GENERATOR_MODULES).map(([specifier, file]) => [specifier, [file]]));

export interface TypeDiagnostic {
  /** 1-based line inside the example. */
  line: number;
  column: number;
  message: string;
  /** The problem is in the exercise's ```ts check fence; `line` is counted from that fence (check.ts places it in the lesson). */
  inCheck?: boolean;
}

export interface CheckedSource {
  code: string;
  /** The lesson it comes from, relative to `root`. */
  file: string;
}

/**
 * What an example may use besides the library: what both the build's example
 * scope (example-scope.ts) and the page's Web Worker provide.
 */
export const ENVIRONMENT = `declare var console: {
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

/** TypeScript's "Cannot find module" errors. */
export const MODULE_NOT_FOUND = new Set([2307, 2792]);

/** TypeScript's message, with the course's modules listed when an import is not found. */
export function withModuleHint(message: string, code: number, courseModules: readonly string[]): string {
  if (!MODULE_NOT_FOUND.has(code)) return message;
  const known = courseModules.length === 0 ? 'none' : courseModules.map((name) => `'${name}'`).join(', ');
  return `${message} The course's modules (package.json "imports") are ${known}; examples can also import the project's files by relative path and its npm dependencies.`;
}

export function virtualName(root: string, { code, file }: CheckedSource): string {
  // Named by content, so the same example is the same file in every program (and its parse is reused).
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  return join(root, dirname(file), `.course-example-${hash}.ts`);
}

/** The examples' compiler options, as a tsconfig.json says them (typecheck.ts has the same as API values). */
export const TSCONFIG_OPTIONS = {
  strict: true,
  noEmit: true,
  target: 'es2023',
  module: 'esnext',
  moduleResolution: 'bundler',
  allowImportingTsExtensions: true,
  // Every example is its own module, so two examples may both declare `const x`.
  moduleDetection: 'force',
  lib: ['es2023'],
  types: [],
  skipLibCheck: true,
  paths: GENERATOR_PATHS,
} as const;
