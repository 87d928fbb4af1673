import { describe, expect, test } from 'vitest';
import { readerCode } from '../../../../src/integration/downloads/example-code.ts';

const options = { displayModule: './display.ts', rewriteImport: (specifier: string) => (specifier.startsWith('.') ? `./lib/${specifier.split('/').at(-1)}` : undefined) };

describe('readerCode(code, options)', () => {
  test('shows each top-level expression with display(), imported after the lesson’s own imports', () => {
    const code = "import { f } from '#lib';\n\nconst x = [1, 2];\nf(x);\nf(x) + 1;\n";
    expect(readerCode(code, options)).toBe("import { f } from '#lib';\nimport { display } from './display.ts';\n\nconst x = [1, 2];\ndisplay(f(x));\ndisplay(f(x) + 1);\n");
  });

  test('leaves quiet statements, console.log lines inside blocks and declarations as written, as the runner does', () => {
    const code = "let n = 0;\nn = 1;\nn += 2;\nn++;\nvoid n;\nfor (const p of [1]) console.log(p);\n";
    expect(readerCode(code, options)).toBe(code);
  });

  test('an assignment in parentheses is quiet too, as the runner reads it', () => {
    expect(readerCode('let n = 0;\n(n = 1);\n(n);\n', options)).toBe("import { display } from './display.ts';\n\nlet n = 0;\n(n = 1);\n(display(n));\n");
  });

  test('a top-level console.log stays as it is: its value, undefined, shows as nothing on the page too', () => {
    expect(readerCode("console.log('a');\nconsole.error(1);\n", options)).toBe("console.log('a');\nconsole.error(1);\n");
  });

  test('a call to plot() is left as it is: it draws and returns nothing, and the import points at the download’s copy', () => {
    const rewrite = { ...options, rewriteImport: (specifier: string) => (specifier === 'course:plot' ? './course/plot.ts' : undefined) };
    expect(readerCode("import { plot } from 'course:plot';\n\nplot({ series: [{ f: Math.tanh }] });\n", rewrite)).toBe(
      "import { plot } from './course/plot.ts';\n\nplot({ series: [{ f: Math.tanh }] });\n",
    );
  });

  test('points relative imports at the copies in the download, keeping the quotes', () => {
    expect(readerCode('import { clip } from "../../helpers/clip.ts";\nclip(0);\n', options)).toBe(
      'import { clip } from "./lib/clip.ts";\nimport { display } from \'./display.ts\';\ndisplay(clip(0));\n',
    );
  });

  test('code that has its own `display` gets ours under another name', () => {
    expect(readerCode('const display = 1;\ndisplay;\n', options)).toBe("import { display as displayValue } from './display.ts';\n\nconst display = 1;\ndisplayValue(display);\n");
  });

  test('with functionsAsConstants, an exported function becomes a constant holding it', () => {
    const code = 'export function f(x: number): number {\n  return x;\n}\n';
    expect(readerCode(code, { ...options, functionsAsConstants: true })).toBe('export const f = function f(x: number): number {\n  return x;\n};\n');
  });

  test('with functionsAsConstants, an async function stays async; a default export and an overload signature stay as written', () => {
    const code = 'export async function g(): Promise<number> {\n  return 1;\n}\nexport function h(x: string): string;\nexport function h(x: unknown) {\n  return x;\n}\nexport default function () {}\n';
    expect(readerCode(code, { ...options, functionsAsConstants: true })).toBe(
      'export const g = async function g(): Promise<number> {\n  return 1;\n};\nexport function h(x: string): string;\nexport const h = function h(x: unknown) {\n  return x;\n};\nexport default function () {}\n',
    );
  });
});
