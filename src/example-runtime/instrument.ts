/**
 * Turns an example's TypeScript into a program the runner can execute, the
 * same way in the build's Node worker and in the page's Web Worker:
 *
 * 1. Sucrase strips the types and turns `import … from '#activations'` into
 *    `require('#activations')`, keeping every line where it was (so error
 *    lines stay true);
 * 2. each top-level expression statement is wrapped in a call to the show
 *    function, so its value is printed as a notebook cell prints it.
 *
 * The program is the body of an async function with the parameters
 * `PROGRAM_PARAMETERS` (see run-program.ts).
 */
import { parse } from 'acorn';
import type { Expression, Program } from 'acorn';
import { transform } from 'sucrase';
import { SHOW } from './print.ts';


/** Assignments, `x++`, `void` and `delete` are statements a reader does not expect to print. */
function isQuiet(expression: Expression): boolean {
  switch (expression.type) {
    case 'AssignmentExpression':
    case 'UpdateExpression':
      return true;
    case 'UnaryExpression':
      return expression.operator === 'void' || expression.operator === 'delete';
    default:
      return false;
  }
}

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

/** Throws a SyntaxError (from Sucrase, with line and column) when the code does not parse. */
export function instrument(code: string): string {
  const js = transform(code, { transforms: ['typescript', 'imports'], disableESTransforms: true }).code.replace(ES_MODULE_MARKER, '');
  const tree = parse(js, { ecmaVersion: 'latest', sourceType: 'script', allowAwaitOutsideFunction: true, allowReturnOutsideFunction: true });
  let result = js;
  for (const { start, end } of showPositions(tree).toReversed()) {
    result = `${result.slice(0, start)}${SHOW}(${result.slice(start, end)})${result.slice(end)}`;
  }
  return result;
}
