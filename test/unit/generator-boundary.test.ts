/**
 * The line between the generator and the course it publishes: no generator
 * file (src/ outside src/activations/) imports the activations library or
 * names one of its modules in code, so any course can be published with the
 * generator as it is. (Comments and error-message examples may mention the
 * first course; code may not depend on it.)
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../helpers/examples.ts';

const SRC = join(PROJECT_ROOT, 'src');

async function generatorFiles(): Promise<string[]> {
  const entries = await readdir(SRC, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !relative(SRC, file).startsWith('activations'));
}

/** The code of a file without its comments, roughly: enough to tell an import or a literal from prose. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

test('no generator file imports the course library or names its specifier', async () => {
  const offenders: string[] = [];
  for (const file of await generatorFiles()) {
    const code = withoutComments(await readFile(file, 'utf8'));
    if (/from\s+['"][^'"]*activations[^'"]*['"]/.test(code) || /import\(\s*['"][^'"]*activations/.test(code) || /['"]#activations['"]/.test(code)) {
      offenders.push(relative(PROJECT_ROOT, file));
    }
  }
  expect(offenders).toEqual([]);
});
