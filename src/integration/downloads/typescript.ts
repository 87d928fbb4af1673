/**
 * TypeScript's compiler API for the downloads (its parser and import scanner),
 * loaded with `require`. typescript.js is one CommonJS file of 9 MB: imported
 * from an ES module, Node first lexes all of it to find its named exports,
 * which cost about a second of CPU per build; `require` skips that.
 */
import { createRequire } from 'node:module';
import type TypeScript from 'typescript';

export const ts = createRequire(import.meta.url)('typescript') as typeof TypeScript;
