/**
 * Turns an example's TypeScript into a program the runner can execute, the
 * same way in the build's Node worker and in the page's Web Worker:
 *
 * 1. Sucrase strips the types and turns `import … from '#lib'` into
 *    `require('#lib')`, keeping every line where it was (so error
 *    lines stay true);
 * 2. each top-level expression statement is wrapped in a call to the show
 *    function, so its value is printed as a notebook cell prints it.
 *
 * The program is the body of an async function with the parameters
 * `PROGRAM_PARAMETERS` (see run-program.ts). The specifiers it requires are
 * returned with it, so a runner can load those modules, and only those, first.
 */
import { parse } from 'acorn';
import type { Node, Program } from 'acorn';
import { transform } from 'sucrase';
import { isQuiet, SHOW } from './shown.ts';

/** Where `SHOW(` and `)` go: around each top-level expression statement that is not quiet. */
function showPositions(program: Program): { start: number; end: number }[] {
  return program.body.flatMap((statement) =>
    statement.type === 'ExpressionStatement' && statement.directive === undefined && !isQuiet(statement.expression)
      ? [{ start: statement.expression.start, end: statement.expression.end }]
      : [],
  );
}

/**
 * Sucrase marks a converted module as ES-compiled on its first line. The
 * program is a function body, not a module anyone imports, so the marker is
 * dropped (it is a call, and would otherwise be shown); `"use strict"` stays,
 * as the example was a module and modules are strict.
 */
const ES_MODULE_MARKER = 'Object.defineProperty(exports, "__esModule", {value: true});';

/** Every `require('…')` with a literal specifier, anywhere in the tree (dynamic `import()` becomes one too). */
function requiredSpecifiers(tree: Program): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== 'object' || value === null || !('type' in value)) return;
    const node = value as Node & Record<string, unknown>;
    if (node.type === 'CallExpression') {
      const { callee, arguments: args } = node as unknown as { callee: Node & { name?: string }; arguments: (Node & { value?: unknown })[] };
      const [first] = args;
      if (callee.type === 'Identifier' && callee.name === 'require' && args.length === 1 && first?.type === 'Literal' && typeof first.value === 'string') {
        found.add(first.value);
      }
    }
    for (const key of Object.keys(node)) if (key !== 'type') visit(node[key]);
  };
  visit(tree);
  return [...found];
}

export interface Instrumented {
  /** The body of the async function the runner calls (see run-program.ts). */
  program: string;
  /** The specifiers the program requires, as written (`#activations`, `./helpers.ts`, `d3-array`). */
  imports: string[];
}

/** Throws a SyntaxError (from Sucrase, with line and column) when the code does not parse. */
export function instrument(code: string): Instrumented {
  const js = transform(code, { transforms: ['typescript', 'imports'], disableESTransforms: true }).code.replace(ES_MODULE_MARKER, '');
  const tree = parse(js, { ecmaVersion: 'latest', sourceType: 'script', allowAwaitOutsideFunction: true, allowReturnOutsideFunction: true });
  let result = js;
  for (const { start, end } of showPositions(tree).toReversed()) {
    result = `${result.slice(0, start)}${SHOW}(${result.slice(start, end)})${result.slice(end)}`;
  }
  return { program: result, imports: requiredSpecifiers(tree) };
}
