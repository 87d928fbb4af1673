/**
 * Which top-level expressions an example shows, notebook style, and the name
 * the instrumented program shows them through: the rule instrument.ts applies
 * to the runner's programs and the downloads apply to the reader's copies
 * (downloads/example-code.ts). A module of its own, so that code needing only
 * the rule loads neither the instrumenter (Sucrase) nor the printers
 * (node-inspect-extracted).
 */

/** The name an instrumented program calls with each top-level expression's value (a parameter, not a global). */
export const SHOW = '__courseShow';

/** Assignments, `x++`, `void` and `delete` are statements a reader does not expect to print. Any ESTree expression (Acorn's or Oxc's). */
export function isQuiet(expression: { type: string; operator?: string }): boolean {
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
