/**
 * `astro dev` from saving a lesson to the page showing the new output: an
 * example of one lesson gains a line (and its output fence the same line),
 * and the page is fetched until the new output is in it.
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '../../helpers/build-site.ts';

const ASTRO = join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PORT = Number(process.env['BENCH_DEV_PORT'] ?? 4350);

async function waitFor(url: string, text: string, timeoutMs = 60_000): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    const page = await fetch(url).then((response) => response.text(), () => '');
    if (page.includes(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${url} did not show ${JSON.stringify(text)} within ${timeoutMs} ms`);
}

/** The lesson with one more line printed by its first example, both in the code and in its output fence. */
function withExtraLine(source: string, marker: string): string {
  const codeEnd = source.indexOf('\n```', source.indexOf('```ts run\n'));
  const withCode = `${source.slice(0, codeEnd)}\nconsole.log('${marker}');${source.slice(codeEnd)}`;
  const outputEnd = withCode.indexOf('\n```', withCode.indexOf('```output\n', codeEnd));
  return `${withCode.slice(0, outputEnd)}\n${marker}${withCode.slice(outputEnd)}`;
}

/** Milliseconds from each save to the page with its output, for `saves` saves. */
export async function measureDevSaves(root: string, lesson: string, saves: number): Promise<number[]> {
  const server = spawn(process.execPath, [ASTRO, 'dev', '--port', String(PORT)], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
  let log = '';
  server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const file = join(root, 'content', 'lessons', `${lesson}.mdx`);
  const original = await readFile(file, 'utf8');
  const url = `http://localhost:${PORT}/lessons/${lesson}/`;
  try {
    await waitFor(url, '<html', 120_000).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${log}`);
    });
    const times: number[] = [];
    for (let save = 1; save <= saves; save++) {
      const marker = `saved ${save} ${Date.now()}`;
      const started = performance.now();
      await writeFile(file, withExtraLine(original, marker));
      await waitFor(url, marker);
      times.push(performance.now() - started);
    }
    return times;
  } finally {
    await writeFile(file, original);
    server.kill();
  }
}
