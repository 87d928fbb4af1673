/**
 * Every example of the course as a test case, named after its lesson and
 * line, so `npm test` reports examples as it reports unit tests. They are
 * type-checked and run exactly as the build does, with no cache.
 */
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkOutcome } from '../../src/integration/examples/check.ts';
import { collectExamples } from '../../src/integration/examples/collect.ts';
import { examplesOf } from '../../src/integration/examples/find-examples.ts';
import type { Outcome } from '../../src/integration/examples/runner.ts';
import { PROJECT_ROOT, projectRunner } from '../helpers/examples.ts';

const lessons = await collectExamples(`${PROJECT_ROOT}content`, PROJECT_ROOT);
const all = lessons.flatMap((lesson) => examplesOf(lesson.found));
let outcomes: Outcome[] = [];

beforeAll(async () => {
  outcomes = await (await projectRunner()).run(all);
}, 120_000);

function lessonName(source: string): string {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  const data = parseYaml(frontmatter) as { section?: string; title?: string };
  return `${data.section ?? '?'} ${data.title ?? '?'}`;
}

test('the course has examples to check', () => {
  expect(all.length).toBeGreaterThan(0);
});

for (const lesson of lessons) {
  describe(lessonName(lesson.source), () => {
    for (const example of examplesOf(lesson.found)) {
      test(`${example.role} at ${example.file}:${example.line}`, () => {
        const outcome = outcomes.find((candidate) => candidate.example === example);
        expect(outcome, 'the example was not run').toBeDefined();
        const error = checkOutcome(outcome!);
        if (error) throw new Error(`${error.message}\n${error.hint}`);
      });
    }
  });
}
