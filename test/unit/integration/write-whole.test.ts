import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { writeWhole } from '../../../src/integration/write-whole.ts';

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'write-whole-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('writeWhole', () => {
  test('a reader at the same time (Pagefind, as the pages’ fonts are cut) reads the old page or the new one, never part of one', async () => {
    const page = join(folder, 'index.html');
    const seen: string[] = [];
    for (let round = 0; round < 20; round++) {
      // Pages of a megabyte: a plain writeFile, which empties the file and then fills it, is read half-written most times.
      const before = `<p>${round}</p>`.padEnd(1 << 20, 'a');
      const after = `<p>${round + 1}</p>`.padEnd(1 << 20, 'b');
      await writeFile(page, before);
      let written = false;
      const reader = (async () => {
        while (!written) {
          const text = await readFile(page, 'utf8');
          seen.push(text === before ? 'old' : text === after ? 'new' : `torn (${text.length} characters)`);
        }
      })();
      await writeWhole(page, after);
      written = true;
      await reader;
      expect(await readFile(page, 'utf8')).toBe(after);
    }
    expect(seen.length).toBeGreaterThan(20);
    expect(seen.filter((what) => what.startsWith('torn'))).toEqual([]);
  });

  test('leaves nothing beside the file, and makes its folder', async () => {
    const file = join(folder, 'lessons', 'one', 'index.html');
    await writeWhole(file, '<p>one</p>');
    await writeWhole(file, new TextEncoder().encode('<p>two</p>'));
    expect(await readFile(file, 'utf8')).toBe('<p>two</p>');
    expect(await readdir(join(folder, 'lessons', 'one'))).toEqual(['index.html']);
  });
});
