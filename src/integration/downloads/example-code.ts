/**
 * An example's code as the reader gets it in a download: the lesson's code,
 * with the two things the site's runner does invisibly written out, so the
 * code prints in Jupyter, Node and Deno exactly what the page shows.
 *
 * - Each top-level expression statement (`sigmoid(x);`), whose value the page
 *   shows with the course's display printer, becomes `display(sigmoid(x));`,
 *   with `display` imported from the download's display.ts. The rule for which
 *   statements are shown is the runner's (example-runtime/shown.ts):
 *   assignments, `x++`, `void` and `delete` stay quiet. A `console.log(…)`
 *   line is left as it is: its value is undefined, which shows as nothing;
 *   so is a call to `plot` (or anything imported from a `course:` module).
 * - A relative import of a project file (`../../helpers/clip.ts`, from the
 *   lesson's folder) points at the copy of that file in the download.
 *
 * Oxc's parser (parse-typescript.ts) finds the statements in the TypeScript
 * source, so every other character stays as the author wrote it.
 */
import { parseTypeScript, type Expression, type Program } from './parse-typescript.ts';
import { isGeneratorModule } from '../modules/generator-modules.ts';
// The runner's rule for which statements are shown.
import { isQuiet } from '../../example-runtime/shown.ts';

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

/** `console.log(…)` returns undefined, which the page shows as nothing, so it needs no `display(…)` around it. */
function isConsoleCall(expression: Expression): boolean {
  if (expression.type !== 'CallExpression' || expression.callee.type !== 'MemberExpression') return false;
  const { object, computed } = expression.callee;
  return !computed && object.type === 'Identifier' && object.name === 'console';
}

/**
 * The names the code imports from the generator's own modules (`plot` from
 * `course:plot`): they return nothing, so a call to one needs no `display(…)`.
 */
function voidImports(program: Program): Set<string> {
  const names = new Set<string>();
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || !isGeneratorModule(statement.source.value)) continue;
    for (const specifier of statement.specifiers) if (specifier.type === 'ImportSpecifier') names.add(specifier.local.name);
  }
  return names;
}

function isVoidCall(expression: Expression, voids: ReadonlySet<string>): boolean {
  return expression.type === 'CallExpression' && expression.callee.type === 'Identifier' && voids.has(expression.callee.name);
}

function shownExpressions(program: Program): Expression[] {
  const voids = voidImports(program);
  return program.body.flatMap((statement) =>
    // A directive ('use strict' at the very top) is not shown, as in the runner.
    statement.type === 'ExpressionStatement' && !statement.directive && !isQuiet(statement.expression) && !isConsoleCall(statement.expression) && !isVoidCall(statement.expression, voids)
      ? [statement.expression]
      : [],
  );
}

function importEdits(program: Program, rewrite: ReaderCodeOptions['rewriteImport']): Edit[] {
  return program.body.flatMap((statement) => {
    const source = statement.type === 'ImportDeclaration' || statement.type === 'ExportAllDeclaration' || statement.type === 'ExportNamedDeclaration' ? statement.source : null;
    if (!source) return [];
    const replacement = rewrite(source.value);
    if (replacement === undefined) return [];
    // Inside the quotes, so the author's quote style stays.
    return [{ at: source.start + 1, length: source.end - source.start - 2, text: replacement }];
  });
}

function functionEdits(program: Program): Edit[] {
  return program.body.flatMap((statement) => {
    if (statement.type !== 'ExportNamedDeclaration') return [];
    const declaration = statement.declaration;
    if (declaration?.type !== 'FunctionDeclaration' || !declaration.id || !declaration.body) return [];
    // `export ` becomes `export const f = `, before the function as written (`async` and all).
    return [
      { at: statement.start, length: declaration.start - statement.start, text: `export const ${declaration.id.name} = ` },
      { at: statement.end, length: 0, text: ';' },
    ];
  });
}

function applyEdits(code: string, edits: readonly Edit[]): string {
  let result = code;
  for (const edit of edits.toSorted((a, b) => b.at - a.at)) result = result.slice(0, edit.at) + edit.text + result.slice(edit.at + edit.length);
  return result;
}

/**
 * @example
 * readerCode("import { sigmoid } from '#lib';\n\nsigmoid(0);\n", { displayModule: './display.ts', rewriteImport: () => undefined });
 * // returns "import { sigmoid } from '#lib';\nimport { display } from './display.ts';\n\ndisplay(sigmoid(0));\n"
 */
export function readerCode(code: string, options: ReaderCodeOptions): string {
  const { program } = parseTypeScript(code);
  const shown = shownExpressions(program);
  // An example that already has a `display` of its own keeps it; ours gets another name.
  const name = /\bdisplay\b/.test(code) ? 'displayValue' : 'display';
  const edits = [...importEdits(program, options.rewriteImport), ...(options.functionsAsConstants ? functionEdits(program) : [])];
  for (const expression of shown) {
    edits.push({ at: expression.start, length: 0, text: `${name}(` }, { at: expression.end, length: 0, text: ')' });
  }
  if (shown.length > 0) {
    const lastImport = program.body.filter((statement) => statement.type === 'ImportDeclaration').at(-1);
    const binding = name === 'display' ? 'display' : `display as ${name}`;
    const line = `import { ${binding} } from '${options.displayModule}';`;
    edits.push(lastImport ? { at: lastImport.end, length: 0, text: `\n${line}` } : { at: 0, length: 0, text: `${line}\n\n` });
  }
  return applyEdits(code, edits);
}
