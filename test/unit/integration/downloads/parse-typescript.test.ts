import { describe, expect, test } from 'vitest';
import { parseTypeScript } from '../../../../src/integration/downloads/parse-typescript.ts';

describe('parseTypeScript(code).imports', () => {
  test('every kind of import, types included, in source order', () => {
    const code = [
      "import type { A } from './a.ts';",
      "import { type B, c } from './b.ts';",
      "export type { C } from './c.ts';",
      "export * from './d.ts';",
      "import './e.ts';",
      "const f = await import('./f.ts');",
      "type G = typeof import('./g.ts');",
      "import h = require('./h.ts');",
      "const i = require('./i.ts');",
      "const j = import(`./${c}.ts`);",
      "export const k = 1;",
    ].join('\n');
    expect(parseTypeScript(code).imports).toEqual(['./a.ts', './b.ts', './c.ts', './d.ts', './e.ts', './f.ts', './g.ts', './h.ts', './i.ts']);
  });

  test('positions count UTF-16 code units, as JavaScript strings do', () => {
    const code = "const s = 'é😀';\nf(s);\n";
    const statement = parseTypeScript(code).program.body[1]!;
    expect(code.slice(statement.start, statement.end)).toBe('f(s);');
  });
});
