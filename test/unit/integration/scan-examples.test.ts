/**
 * The cold start's quick scan of lesson text predicts exactly the examples
 * the real parse finds, on every lesson of the course and of the fixtures
 * (a wrong prediction would cost a second batch, never a wrong result).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { expect, test } from 'vitest';
import { parseLesson } from '../../../src/integration/examples/collect.ts';
import { examplesOf, findExamples } from '../../../src/integration/examples/find-examples.ts';
import { lessonFiles } from '../../../src/integration/examples/lesson-files.ts';
import { scanExamples } from '../../../src/integration/examples/scan-examples.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

test('the scan finds what the parse finds, in every lesson that parses', async () => {
  const files = [...(await lessonFiles(`${root}content`)), ...(await lessonFiles(`${root}test/build/fixtures`))];
  let compared = 0;
  for (const path of files) {
    const source = await readFile(path, 'utf8');
    const file = relative(root, path);
    let parsed;
    try {
      parsed = examplesOf(findExamples(parseLesson(source), file));
    } catch {
      continue; // a lesson built to fail: its compile reports it, the scan need not agree
    }
    expect(scanExamples(source, file), file).toEqual(parsed);
    compared += parsed.length;
  }
  expect(compared).toBeGreaterThan(40);
});
