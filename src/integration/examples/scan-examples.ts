/**
 * A quick prediction of a lesson's examples, from its text, for the cold
 * start only: it lets the build type-check and run every example of the
 * course in one batch while Vite starts, without parsing every lesson a
 * second time (issue 11, item 2). It reads fences line by line (CommonMark's
 * ``` and ~~~ fences, not indented code, not fences inside JSX strings).
 *
 * Nothing depends on it being right: each lesson's examples come from the
 * tree MDX compiles the lesson from (remark-run-examples.ts), and an example
 * the scan missed or misread is simply checked and run then, in a later batch.
 */
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { lessonFiles } from './lesson-files.ts';
import type { Example } from './find-examples.ts';
import { parseFenceMeta, type FenceMeta } from './parse-fence-meta.ts';

export interface Fence {
  lang: string;
  meta: string;
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
}

const OPENING = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/;

/** The fenced code blocks of a lesson, in order. */
export function fences(source: string): Fence[] {
  const lines = source.split('\n');
  const found: Fence[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = OPENING.exec(lines[index]!);
    if (!open) continue;
    const marker = open[1]!;
    const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !closing.test(lines[end]!)) body.push(lines[end++]!);
    found.push({ lang: open[2] ?? '', meta: open[3] ?? '', code: body.join('\n'), line: index + 1 });
    index = end;
  }
  return found;
}

function metaOf(fence: Fence | undefined): FenceMeta | undefined {
  if (!fence) return undefined;
  try {
    return parseFenceMeta(fence.lang, fence.meta);
  } catch {
    return undefined; // the lesson's own compile reports it
  }
}

/** The examples a lesson's text appears to hold (see the module comment for how far to trust it). */
export function scanExamples(source: string, file: string): Example[] {
  const list = fences(source);
  const examples: Example[] = [];
  list.forEach((fence, index) => {
    const meta = metaOf(fence);
    const next = list[index + 1];
    if (meta?.kind === 'example') {
      const output = next?.lang === 'output' ? next : undefined;
      examples.push({ file, line: fence.line, code: fence.code, role: 'example', throws: meta.throws, timeoutMs: meta.timeoutMs, expected: output?.code, outputLine: output?.line, exercise: undefined });
    } else if (meta?.kind === 'exercise' && next && metaOf(next)?.kind === 'solution' && metaOf(list[index + 2])?.kind === 'check') {
      const check = list[index + 2]!;
      const fields = { file, throws: false, timeoutMs: meta.timeoutMs, expected: undefined, outputLine: undefined, exercise: { name: meta.check, checkCode: check.code, checkLine: check.line } };
      examples.push({ ...fields, line: fence.line, code: fence.code, role: 'exercise' }, { ...fields, line: next.line, code: next.code, role: 'solution' });
    }
  });
  return examples;
}

/** Every lesson's predicted examples under `contentDir`, file paths relative to `root`. */
export async function scanCourse(contentDir: string, root: string): Promise<Example[]> {
  const files = await lessonFiles(contentDir);
  const lessons = await Promise.all(files.map(async (path) => scanExamples(await readFile(path, 'utf8'), relative(root, path).split(sep).join('/'))));
  return lessons.flat();
}
