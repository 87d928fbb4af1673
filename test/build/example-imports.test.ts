/**
 * What an example may import, resolved the same way by the type-check and the
 * runner: a course module (package.json `imports`), a file of the project by
 * relative path from its lesson, and an npm dependency of the project.
 */
import { expect, test } from 'vitest';
import type { Example } from '../../src/integration/examples/find-examples.ts';
import { projectRunner } from '../helpers/examples.ts';

function example(code: string, file = 'content/activations/lesson.mdx'): Example {
  return { file, line: 1, code, role: 'example', throws: false, timeoutMs: 5_000, expected: undefined, outputLine: undefined, exercise: undefined };
}

test('a course module, a relative file and an npm package all type-check and run', async () => {
  const runner = await projectRunner({ display: 'inspect' });
  const outcomes = await runner.run([
    example("import { relu } from '#activations';\nrelu([-1, 2]);"),
    example("import { escapeXml } from '../../src/lib/text.ts';\nescapeXml('a < b');"),
    example("import { scaleLinear } from 'd3-scale';\nscaleLinear().domain([0, 1]).range([0, 10])(0.25);"),
  ]);
  expect(outcomes.map(({ diagnostics, result }) => ({ diagnostics, result }))).toEqual([
    { diagnostics: [], result: { kind: 'ok', output: '[ 0, 2 ]' } },
    { diagnostics: [], result: { kind: 'ok', output: "'a &lt; b'" } },
    { diagnostics: [], result: { kind: 'ok', output: '2.5' } },
  ]);
  // The page loads each by the same key.
  expect([...runner.moduleKeys].toSorted()).toEqual(['#activations', '/src/lib/text.ts', 'd3-scale']);
});
