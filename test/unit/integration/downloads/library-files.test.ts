import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { downloadPath, LibraryCollector } from '../../../../src/integration/downloads/library-files.ts';

test('downloadPath(projectPath) keeps paths inside the project, and puts files above it under _up/', () => {
  expect(downloadPath('src/lib/index.ts')).toBe('src/lib/index.ts');
  expect(downloadPath('../../lib/x.ts')).toBe('_up/_up/lib/x.ts');
});

test('LibraryCollector.collect(imports) follows #… imports and relative ones through the files they import', async () => {
  const root = await mkdtemp(join(tmpdir(), 'library-files-'));
  try {
    await mkdir(join(root, 'lib/internal'), { recursive: true });
    await mkdir(join(root, 'helpers'));
    await writeFile(join(root, 'package.json'), JSON.stringify({ imports: { '#lib': './lib/index.ts' }, dependencies: { 'd3-array': '^3.0.0' } }));
    await writeFile(join(root, 'lib/index.ts'), "export { f } from './f.ts';\nexport type { T } from './internal/t.ts';\n");
    await writeFile(join(root, 'lib/f.ts'), "import { range } from 'd3-array';\nimport { inspect } from 'node:util';\nexport const f = () => range(1);\n");
    await writeFile(join(root, 'lib/internal/t.ts'), 'export type T = number;\n');
    await writeFile(join(root, 'helpers/h.ts'), 'export const h = 1;\n');
    const library = await LibraryCollector.create(root);
    const collected = await library.collect([
      { specifier: '#lib', fromDir: 'content/ch' },
      { specifier: '../../helpers/h.ts', fromDir: 'content/ch' },
    ]);
    expect([...collected.files.keys()].toSorted()).toEqual(['helpers/h.ts', 'lib/f.ts', 'lib/index.ts', 'lib/internal/t.ts']);
    expect(collected.imports).toEqual({ '#lib': './lib/index.ts' });
    expect(collected.packages).toEqual({ 'd3-array': '^3.0.0' });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
