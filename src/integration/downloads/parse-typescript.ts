/**
 * TypeScript source parsed for the downloads: its syntax tree (ESTree, as
 * Acorn gives the runner's instrumenter) and the specifiers it imports.
 *
 * The parser is Oxc's, from Rolldown, which the build has loaded already to
 * bundle the site: native, and nothing more to load. (TypeScript's own
 * compiler API, 9 MB of JavaScript, cost the build's thread about 0.14 s to
 * load and run here, on the build's critical path.)
 */
import type { Node, Program } from '@oxc-project/types';
import { parseSync } from 'rolldown/utils';

export type { Expression, ExpressionStatement, Program, Statement } from '@oxc-project/types';

export interface ParsedSource {
  program: Program;
  /**
   * Every specifier the code imports, in source order: `import` and `export … from` (types too),
   * `import('…')`, `typeof import('…')`, `import x = require('…')` and `require('…')`.
   */
  imports: string[];
}

/** The string a literal node holds, or undefined for any other node. */
function stringLiteral(node: unknown): string | undefined {
  const literal = node as { type?: string; value?: unknown } | null | undefined;
  return literal?.type === 'Literal' && typeof literal.value === 'string' ? literal.value : undefined;
}

/** The specifier a node imports, if it is an import of any kind. */
function importedBy(node: Node): string | undefined {
  switch (node.type) {
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'ExportNamedDeclaration':
    case 'ImportExpression':
    case 'TSImportType':
      return node.source ? stringLiteral(node.source) : undefined;
    case 'TSExternalModuleReference':
      return stringLiteral(node.expression);
    case 'CallExpression':
      return node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1 ? stringLiteral(node.arguments[0]) : undefined;
    default:
      return undefined;
  }
}

function importsOf(program: Program): string[] {
  const found: { at: number; specifier: string }[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== 'object' || value === null || !('type' in value)) return;
    const node = value as Node;
    const specifier = importedBy(node);
    if (specifier !== undefined) found.push({ at: node.start, specifier });
    for (const [key, child] of Object.entries(node)) if (key !== 'parent' && typeof child === 'object') visit(child);
  };
  visit(program.body);
  return found.sort((a, b) => a.at - b.at).map(({ specifier }) => specifier);
}

/** An example is written into its lesson's .ts file and its notebook, and a library file is reached by many lessons: each is parsed once. */
const parsedSources = new Map<string, ParsedSource>();

/**
 * @param code TypeScript, as a module
 * @returns its tree, without parenthesized-expression nodes (as Acorn's), positions in UTF-16 code units
 */
export function parseTypeScript(code: string): ParsedSource {
  let parsed = parsedSources.get(code);
  if (!parsed) {
    const { program } = parseSync('source.ts', code, { lang: 'ts', sourceType: 'module', preserveParens: false });
    parsed = { program, imports: importsOf(program) };
    parsedSources.set(code, parsed);
  }
  return parsed;
}
