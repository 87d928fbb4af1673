/**
 * `npm run examples:update`: runs every example of the course and rewrites
 * each output fence with what the example really printed (adding the fence
 * where an example prints but has none), for the author to review in the
 * diff. Examples that fail for another reason (a type error, an unexpected
 * exception, a timeout) are reported and left as they are.
 */
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ResolvedCourseOptions } from '../options.ts';
import { actualOutput, checkOutcome } from './check.ts';
import { collectExamples, type LessonExamples } from './collect.ts';
import { createCourseRunner } from './create-runner.ts';
import type { Outcome } from './runner.ts';

interface Replacement {
  start: number;
  end: number;
  text: string;
}

function fence(output: string): string {
  return output === '' ? '```output\n```' : `\`\`\`output\n${output}\n\`\`\``;
}

/** The edit that makes one example's output fence say `output`, or undefined if it already does. */
function replacement(lesson: LessonExamples, index: number, output: string): Replacement | undefined {
  const { codeNode, outputNode } = lesson.found[index]!;
  if (outputNode) {
    const start = outputNode.position?.start.offset ?? 0;
    const end = outputNode.position?.end.offset ?? 0;
    const text = fence(output);
    return lesson.source.slice(start, end) === text ? undefined : { start, end, text };
  }
  if (output === '') return undefined;
  const at = codeNode.position?.end.offset ?? 0;
  return { start: at, end: at, text: `\n\n${fence(output)}` };
}

function apply(source: string, replacements: readonly Replacement[]): string {
  return replacements.toSorted((a, b) => b.start - a.start).reduce((text, r) => text.slice(0, r.start) + r.text + text.slice(r.end), source);
}

/** An outcome whose only problem, if any, is its output: those are the ones to rewrite. */
function onlyOutputDiffers(outcome: Outcome): boolean {
  const name = checkOutcome(outcome)?.name;
  return name === undefined || name === 'ExampleOutputMismatch' || name === 'ExampleMissingOutput';
}

/** The course() options of the project's astro.config.mjs, so examples print as the build prints them. */
async function courseOptions(root: string): Promise<ResolvedCourseOptions> {
  const config = ((await import(pathToFileURL(join(root, 'astro.config.mjs')).href)) as { default: { integrations?: unknown[] } }).default;
  const integration = config.integrations?.find((item): item is AstroIntegration & { courseOptions: ResolvedCourseOptions } => {
    return typeof item === 'object' && item !== null && (item as AstroIntegration).name === 'course';
  });
  if (!integration) throw new Error(`${join(root, 'astro.config.mjs')} does not use the course() integration`);
  return integration.courseOptions;
}

async function main(): Promise<number> {
  // The course to update: the current folder (npm runs scripts from the project root), or the one named.
  const root = resolve(process.argv[2] ?? process.cwd());
  const lessons = await collectExamples(join(root, 'content'), root);
  const { display } = await courseOptions(root);
  const { runner } = await createCourseRunner({ root, display, cacheFile: join(root, 'node_modules/.astro/examples.json') });
  // Exercises have no output fence; only examples are rewritten.
  for (const lesson of lessons) lesson.found = lesson.found.filter(({ example }) => example.role === 'example');
  const outcomes = await runner.run(lessons.flatMap((lesson) => lesson.found.map(({ example }) => example)));
  await runner.finish();
  let next = 0;
  let changed = 0;
  const failures: string[] = [];
  for (const lesson of lessons) {
    const replacements: Replacement[] = [];
    lesson.found.forEach((_, index) => {
      const outcome = outcomes[next++]!;
      if (!onlyOutputDiffers(outcome)) {
        failures.push(checkOutcome(outcome)!.message);
        return;
      }
      const edit = replacement(lesson, index, actualOutput(outcome));
      if (edit) replacements.push(edit);
    });
    if (replacements.length > 0) {
      await writeFile(lesson.path, apply(lesson.source, replacements));
      changed += replacements.length;
      console.log(`updated ${replacements.length} output fence${replacements.length === 1 ? '' : 's'} in ${lesson.path.slice(root.length)}`);
    }
  }
  console.log(`examples: ${outcomes.length} checked, ${changed} output fence${changed === 1 ? '' : 's'} rewritten, ${failures.length} failing for another reason`);
  for (const failure of failures) console.error(`\n${failure}`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = await main();
