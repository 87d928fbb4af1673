/**
 * "Take the lesson home": builds a course, follows each lesson page's
 * "Download notebook" link to its zip, unpacks it into an empty temporary
 * folder, and checks that the download runs on its own and prints what the
 * page shows:
 *
 * - the notebook is valid nbformat 4 and, run by a real Jupyter client
 *   (nbclient, Debian's python3-nbclient) with Deno's kernel and no network,
 *   runs every cell (only those tagged `raises-exception` may fail) and prints
 *   in each code cell exactly the output saved in it, which is the page's;
 * - each example's .ts file, run with Node (type stripping), prints the same.
 *
 * A plot is compared by its title across the three forms it takes (the page's
 * inline SVG, the notebook's SVG, the text form Node prints); a notebook
 * re-run must draw exactly the SVG saved in it.
 *
 * Both courses: this repository's, and the second one (test/fixtures/courses/losses),
 * whose examples import a project file by relative path.
 * Run alone: `npx vitest run --project build test/build/downloads.test.ts`.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, repoRoot } from '../helpers/build-site.ts';
import { kernelEnvironment, KERNEL_NAME, NOTEBOOK_PYTHON } from '../helpers/notebook-kernel.ts';

const RUN_NOTEBOOK = fileURLToPath(new URL('../helpers/run-notebook.py', import.meta.url));
const LOSSES = fileURLToPath(new URL('../fixtures/courses/losses/', import.meta.url));
/** A build, the Deno kernel's start and a notebook's run can take minutes on a busy 2-core machine. */
const SLOW = 900_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** As the page compares outputs: trailing spaces and final newlines never count; nor do terminal colours. */
function normalise(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n+$/, '');
}

/** How a plot shows in the comparisons below, whichever form it takes there. */
const plotMark = (title: string) => `[plot: ${title}]`;

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** A notebook's output with each figure (its SVG) as its mark. */
function notebookText(text: string): string {
  return text.replace(/<svg[\s\S]*?<\/svg>/g, (svg) => plotMark(unescapeXml(/<title[^>]*>([\s\S]*?)<\/title>/.exec(svg)?.[1] ?? '')));
}

/** What Node printed, each plot's text form (`<Plot "title": …>` and its indented lines) as its mark. */
function nodeText(text: string): string {
  return text.replace(/^<Plot ("(?:[^"\\]|\\.)*"): .*>$(\n {2}.*)*/gm, (_, title: string) => plotMark(JSON.parse(title) as string));
}

/** The text under an example on the page, each inline figure as its mark. */
function pageText(samp: Element | null): string {
  if (!samp) return '';
  return [...samp.childNodes].map((node) => ((node as Element).classList?.contains('example-plot') ? plotMark((node as Element).querySelector('svg title')?.textContent ?? '') : (node.textContent ?? ''))).join('');
}

interface Lesson {
  page: string;
  /** The text under each example on the page, in order (exercises have none). */
  pageOutputs: string[];
  /** The unpacked download's folder. */
  folder: string;
}

interface NotebookReport {
  kernel: string;
  cells: { saved: string; ran: string; tags: string[] }[];
}

async function unpack(zip: string, into: string): Promise<string[]> {
  const entries = unzipSync(new Uint8Array(await readFile(zip)));
  for (const [path, bytes] of Object.entries(entries)) {
    await mkdir(dirname(join(into, path)), { recursive: true });
    await writeFile(join(into, path), bytes);
  }
  return Object.keys(entries);
}

async function lessonsOf(outDir: string, unpackInto: string): Promise<Lesson[]> {
  const lessons: Lesson[] = [];
  for (const entry of await readdir(outDir, { recursive: true, withFileTypes: true })) {
    if (entry.name !== 'index.html') continue;
    const html = await readFile(join(entry.parentPath, entry.name), 'utf8');
    const { document } = parseHTML(html);
    const link = [...document.querySelectorAll('a[download]')].find((anchor) => anchor.textContent === 'Download notebook');
    if (!link) continue;
    const href = link.getAttribute('href') ?? '';
    const zip = join(outDir, href);
    const paths = await unpack(zip, unpackInto);
    const folder = join(unpackInto, paths[0]!.split('/')[0]!);
    const pageOutputs = [...document.querySelectorAll('figure.example:not(.exercise)')].map((figure) => pageText(figure.querySelector('figcaption.example-output samp')));
    lessons.push({ page: href, pageOutputs, folder });
  }
  return lessons;
}

describe.each([
  { course: 'the activations course', root: repoRoot, plots: true },
  { course: 'the second course (losses)', root: LOSSES, plots: false },
])('the lesson downloads of $course', ({ root, plots }) => {
  let temp = '';
  let outDir = '';
  let lessons: Lesson[] = [];
  let env: NodeJS.ProcessEnv = {};

  beforeAll(async () => {
    temp = await mkdtemp(join(tmpdir(), 'course-downloads-'));
    ({ outDir } = await buildSite({ root }));
    lessons = await lessonsOf(outDir, join(temp, 'unpacked'));
    env = await kernelEnvironment(join(temp, 'kernel'));
  }, SLOW);

  afterAll(async () => {
    await rm(temp, { recursive: true, force: true });
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  test('every lesson page links its download', () => {
    expect(lessons.length).toBeGreaterThan(1);
  });

  test('each notebook is valid nbformat, runs with the Deno kernel, and prints what its page shows', async () => {
    for (const lesson of lessons) {
      const notebook = (await readdir(lesson.folder)).find((name) => name.endsWith('.ipynb'));
      expect(notebook, `${lesson.page} holds no notebook`).toBeDefined();
      const result = await run(NOTEBOOK_PYTHON, [RUN_NOTEBOOK, join(lesson.folder, notebook!), KERNEL_NAME], { cwd: lesson.folder, env });
      expect(result.code, `${lesson.page}: the notebook did not run:\n${result.stderr}`).toBe(0);
      const report = JSON.parse(result.stdout) as NotebookReport;
      expect(report.kernel).toBe(KERNEL_NAME);
      for (const [index, cell] of report.cells.entries()) {
        expect(normalise(cell.ran), `${lesson.page}, code cell ${index + 1}: run, it printed other than it has saved`).toBe(normalise(cell.saved));
      }
      // Every lesson of the activations course draws its figure with course:plot: the notebook holds it as SVG.
      if (plots) expect(report.cells.some((cell) => cell.saved.includes('<svg')), `${lesson.page}: no figure in the notebook`).toBe(true);
      const examples = report.cells.filter((cell) => !cell.tags.includes('exercise') && !cell.tags.includes('solution'));
      expect(examples.map((cell) => normalise(notebookText(cell.saved))), `${lesson.page}: the notebook's outputs are not the page's`).toEqual(lesson.pageOutputs.map(normalise));
    }
  }, SLOW);

  test("each example's .ts file runs with Node and prints what the page shows", async () => {
    for (const lesson of lessons) {
      const files = (await readdir(join(lesson.folder, 'examples'))).toSorted();
      const examples = files.filter((name) => !/^\d+-(exercise|solution)-/.test(name));
      expect(examples).toHaveLength(lesson.pageOutputs.length);
      for (const [index, name] of examples.entries()) {
        const result = await run(process.execPath, [join('examples', name)], { cwd: lesson.folder });
        const expected = lesson.pageOutputs[index]!;
        if (result.code === 0) {
          expect(normalise(nodeText(result.stdout)), `${lesson.page}: node examples/${name}`).toBe(normalise(expected));
          continue;
        }
        // An example meant to throw: what it printed, then the error the page shows as its last line.
        const lines = normalise(expected).split('\n');
        const error = lines.pop()!;
        expect(normalise(result.stdout), `${lesson.page}: node examples/${name}\n${result.stderr}`).toBe(lines.join('\n'));
        expect(result.stderr, `${lesson.page}: node examples/${name}`).toContain(error);
      }
    }
  }, SLOW);
});
