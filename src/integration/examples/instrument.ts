/**
 * Turns an example's TypeScript into JavaScript that a worker can import:
 * each top-level expression statement is wrapped so its value is shown (as in
 * a notebook cell), import specifiers are resolved, and types are stripped by
 * Sucrase, which keeps every line where it was so error lines stay true.
 */
import ts from 'typescript';
import { transform } from 'sucrase';
import { SHOW_GLOBAL } from '../../example-runtime/print.ts';

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Assignments and `x++` are statements a reader does not expect to print. */
function isQuiet(expression: ts.Expression): boolean {
  if (ts.isBinaryExpression(expression)) {
    const kind = expression.operatorToken.kind;
    return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
  }
  return (
    ts.isPostfixUnaryExpression(expression) ||
    (ts.isPrefixUnaryExpression(expression) &&
      (expression.operator === ts.SyntaxKind.PlusPlusToken || expression.operator === ts.SyntaxKind.MinusMinusToken)) ||
    ts.isVoidExpression(expression) ||
    ts.isDeleteExpression(expression)
  );
}

function edits(source: ts.SourceFile, resolve: (specifier: string) => string): Edit[] {
  const result: Edit[] = [];
  for (const statement of source.statements) {
    if (ts.isExpressionStatement(statement) && !isQuiet(statement.expression)) {
      const expression = statement.expression;
      result.push({ start: expression.getStart(source), end: expression.getStart(source), text: `${SHOW_GLOBAL}(` });
      result.push({ start: expression.end, end: expression.end, text: ')' });
    }
    const specifier =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier;
    if (specifier && ts.isStringLiteral(specifier)) {
      const resolved = resolve(specifier.text);
      if (resolved !== specifier.text) {
        result.push({ start: specifier.getStart(source), end: specifier.end, text: JSON.stringify(resolved) });
      }
    }
  }
  return result;
}

/**
 * @param code the example as the lesson shows it
 * @param resolve maps an import specifier (e.g. `#activations`) to the URL the runtime loads
 */
export function instrument(code: string, resolve: (specifier: string) => string): string {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  let edited = code;
  for (const edit of edits(source, resolve).toSorted((a, b) => b.start - a.start)) {
    edited = edited.slice(0, edit.start) + edit.text + edited.slice(edit.end);
  }
  return transform(edited, { transforms: ['typescript'], disableESTransforms: true }).code;
}
