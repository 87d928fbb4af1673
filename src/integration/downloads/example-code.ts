/**
 * An example's code as the reader gets it in a download: the lesson's code,
 * with the two things the site's runner does invisibly written out, so the
 * code prints in Jupyter, Node and Deno exactly what the page shows.
 *
 * - Each top-level expression statement (`sigmoid(x);`), whose value the page
 *   shows with the course's display printer, becomes `display(sigmoid(x));`,
 *   with `display` imported from the download's display.ts. The rule for which
 *   statements are shown is the runner's (example-runtime/instrument.ts):
 *   assignments, `x++`, `void` and `delete` stay quiet. A `console.log(…)`
 *   line is left as it is: its value is undefined, which shows as nothing;
 *   so is a call to `plot` (or anything imported from a `course:` module).
 * - A relative import of a project file (`../../helpers/clip.ts`, from the
 *   lesson's folder) points at the copy of that file in the download.
 *
 * TypeScript's own parser finds the statements in the TypeScript source, so
 * every other character stays as the author wrote it.
 */
import type TS from 'typescript';
import { ts } from './typescript.ts';
import { isGeneratorModule } from '../modules/generator-modules.ts';

export interface ReaderCodeOptions {
  /** The specifier the code imports `display` from, e.g. `./display.ts`. */
  displayModule: string;
  /** The new specifier for an import, or undefined to keep it as written. */
  rewriteImport: (specifier: string) => string | undefined;
  /**
   * Write each exported top-level function as a constant holding it
   * (`export const f = function f(…) {…};`). A notebook needs this in an
   * exercise: its cells share one scope, where the stub's `function f` would
   * clash with the `f` an earlier cell imported, while the kernel lets a
   * constant be declared again.
   * @default false
   */
  functionsAsConstants?: boolean;
}

interface Edit {
  at: number;
  /** Characters from `at` that the edit replaces. */
  length: number;
  text: string;
}

/** The runner's rule: statements that assign, count or discard are not shown. */
function isQuiet(expression: TS.Expression): boolean {
  if (ts.isBinaryExpression(expression)) {
    const kind = expression.operatorToken.kind;
    return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
  }
  if (ts.isPrefixUnaryExpression(expression) || ts.isPostfixUnaryExpression(expression)) {
    return expression.operator === ts.SyntaxKind.PlusPlusToken || expression.operator === ts.SyntaxKind.MinusMinusToken;
  }
  return ts.isVoidExpression(expression) || ts.isDeleteExpression(expression);
}

/** `console.log(…)` returns undefined, which the page shows as nothing, so it needs no `display(…)` around it. */
function isConsoleCall(expression: TS.Expression): boolean {
  return ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression) && ts.isIdentifier(expression.expression.expression) && expression.expression.expression.text === 'console';
}

/**
 * The names the code imports from the generator's own modules (`plot` from
 * `course:plot`): they return nothing, so a call to one needs no `display(…)`.
 */
function voidImports(file: TS.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || !isGeneratorModule(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) names.add(element.name.text);
  }
  return names;
}

function isVoidCall(expression: TS.Expression, voids: ReadonlySet<string>): boolean {
  return ts.isCallExpression(expression) && ts.isIdentifier(expression.expression) && voids.has(expression.expression.text);
}

function shownExpressions(file: TS.SourceFile): TS.Expression[] {
  const voids = voidImports(file);
  const shown: TS.Expression[] = [];
  let prologue = true;
  for (const statement of file.statements) {
    // A string literal at the very top is a directive ('use strict'), as in the runner.
    const directive: boolean = prologue && ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression);
    prologue &&= directive;
    if (ts.isExpressionStatement(statement) && !directive && !isQuiet(statement.expression) && !isConsoleCall(statement.expression) && !isVoidCall(statement.expression, voids)) shown.push(statement.expression);
  }
  return shown;
}

function importEdits(file: TS.SourceFile, rewrite: ReaderCodeOptions['rewriteImport']): Edit[] {
  return file.statements.flatMap((statement) => {
    const specifier = ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement) ? statement.moduleSpecifier : undefined;
    if (!specifier || !ts.isStringLiteral(specifier)) return [];
    const replacement = rewrite(specifier.text);
    if (replacement === undefined) return [];
    // Inside the quotes, so the author's quote style stays.
    return [{ at: specifier.getStart(file) + 1, length: specifier.text.length, text: replacement }];
  });
}

function functionEdits(file: TS.SourceFile): Edit[] {
  return file.statements.flatMap((statement) => {
    if (!ts.isFunctionDeclaration(statement) || !statement.name || !statement.body) return [];
    const exported = statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) ?? false;
    if (!exported) return [];
    const start = statement.getStart(file);
    const keyword = file.text.indexOf('function', start);
    const name = statement.name.text;
    return [
      { at: start, length: keyword - start, text: `export const ${name} = ` },
      { at: statement.end, length: 0, text: ';' },
    ];
  });
}

function applyEdits(code: string, edits: readonly Edit[]): string {
  let result = code;
  for (const edit of edits.toSorted((a, b) => b.at - a.at)) result = result.slice(0, edit.at) + edit.text + result.slice(edit.at + edit.length);
  return result;
}

/** An example is written into its lesson's .ts file and its notebook: parsed once for both. */
const sourceFiles = new Map<string, TS.SourceFile>();
function parsed(code: string): TS.SourceFile {
  let file = sourceFiles.get(code);
  if (!file) {
    // No parent pointers: the edits read positions only, and getStart is given the file.
    file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    sourceFiles.set(code, file);
  }
  return file;
}

/**
 * @example
 * readerCode("import { sigmoid } from '#lib';\n\nsigmoid(0);\n", { displayModule: './display.ts', rewriteImport: () => undefined });
 * // returns "import { sigmoid } from '#lib';\nimport { display } from './display.ts';\n\ndisplay(sigmoid(0));\n"
 */
export function readerCode(code: string, options: ReaderCodeOptions): string {
  const file = parsed(code);
  const shown = shownExpressions(file);
  // An example that already has a `display` of its own keeps it; ours gets another name.
  const name = /\bdisplay\b/.test(code) ? 'displayValue' : 'display';
  const edits = [...importEdits(file, options.rewriteImport), ...(options.functionsAsConstants ? functionEdits(file) : [])];
  for (const expression of shown) {
    edits.push({ at: expression.getStart(file), length: 0, text: `${name}(` }, { at: expression.end, length: 0, text: ')' });
  }
  if (shown.length > 0) {
    const lastImport = file.statements.filter(ts.isImportDeclaration).at(-1);
    const binding = name === 'display' ? 'display' : `display as ${name}`;
    const line = `import { ${binding} } from '${options.displayModule}';`;
    edits.push(lastImport ? { at: lastImport.end, length: 0, text: `\n${line}` } : { at: 0, length: 0, text: `${line}\n\n` });
  }
  return applyEdits(code, edits);
}
