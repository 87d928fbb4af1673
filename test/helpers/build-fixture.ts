/**
 * Builds a fixture course (test/build/fixtures/<name>/: content/ and an
 * astro.config.mjs that reuses the project's src/) in a child process, the
 * way `npm run build` would, and returns what the author would see.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export interface FixtureBuild {
  /** The fixture's folder. */
  root: string;
  exitCode: number | null;
  /** stdout and stderr together, colours stripped, as a terminal would show them. */
  output: string;
  /** A built page's document, by site path (`/ch/one/`). */
  page(path: string): Promise<Document>;
}

export function fixtureRoot(name: string): string {
  return fileURLToPath(new URL(`../build/fixtures/${name}/`, import.meta.url));
}

export async function buildFixture(name: string): Promise<FixtureBuild> {
  const root = fixtureRoot(name);
  // process.execPath is the Node 22 that npm put first on the PATH for the test run.
  const child = spawn(process.execPath, [ASTRO, 'build'], { cwd: root, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    root,
    exitCode,
    output: output.replace(/\x1b\[[0-9;]*m/g, ''),
    page: async (path) => parseHTML(await readFile(`${root}dist${path}${path.endsWith('/') ? 'index.html' : ''}`, 'utf8')).document,
  };
}

/**
 * The author-facing lines of a failed build: the message, hint and location,
 * without the stack, with the fixture's absolute path shortened to `<fixture>/`.
 */
export function errorReport(output: string, root?: string): string {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => /^(\S+\.mdx?:|\[\w+Error\]|content\/)/.test(line.trim()) && !/^\d\d:\d\d/.test(line));
  const end = lines.findIndex((line, index) => index > start && /^\s*Stack trace:/.test(line));
  return lines
    .slice(start, end === -1 ? undefined : end)
    .join('\n')
    .replaceAll(root ?? '\0', '<fixture>/')
    .trim();
}
