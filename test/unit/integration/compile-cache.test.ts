import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { repoRoot } from '../../helpers/build-site.ts';

const run = promisify(execFile);
const MODULE = join(repoRoot, 'src/integration/compile-cache.mjs');

/** Loads compile-cache.mjs in a fresh Node, then a module after it, and asks a child process for its cache. */
const SCRIPT = `
import { execFileSync } from 'node:child_process';
import { flushCompileCache, getCompileCacheDir } from 'node:module';
await import(${JSON.stringify(MODULE)});
await import('yaml');
flushCompileCache?.();
const child = execFileSync(process.execPath, ['--input-type=module', '-e', "import { getCompileCacheDir } from 'node:module'; console.log(getCompileCacheDir() ?? 'none')"], { encoding: 'utf8' }).trim();
console.log(JSON.stringify({ here: getCompileCacheDir() ?? 'none', child }));
`;

async function load(env: NodeJS.ProcessEnv): Promise<{ here: string; child: string }> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', SCRIPT], { cwd: repoRoot, env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: undefined, NODE_COMPILE_CACHE: undefined, ...env } });
  return JSON.parse(stdout) as { here: string; child: string };
}

let directory = '';
afterEach(() => rm(directory, { recursive: true, force: true }));

describe('the compile cache', () => {
  test('what loads after it is cached on disk, and the processes the build starts use the same cache', async () => {
    directory = await mkdtemp(join(tmpdir(), 'compile-cache-'));
    // Node's default place, under the temporary directory (TMPDIR here, so the test's cache is its own).
    const cache = join(directory, 'node-compile-cache');
    const { here, child } = await load({ TMPDIR: directory });
    expect(here.startsWith(cache)).toBe(true);
    expect(child.startsWith(cache)).toBe(true);
    const [versioned] = await readdir(cache);
    // yaml's files, compiled once, are there for the next build.
    expect((await readdir(join(cache, versioned!))).length).toBeGreaterThan(5);
  });

  test('NODE_DISABLE_COMPILE_CACHE=1 turns it off, for the build and its processes', async () => {
    directory = await mkdtemp(join(tmpdir(), 'compile-cache-'));
    expect(await load({ TMPDIR: directory, NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual({ here: 'none', child: 'none' });
  });
});

/** A TypeScript module of a project (package.json says "module"), whose function throws on its line 4. */
const PROJECT_MODULE = `interface Point {
  x: number;
}
export function fail(point: Point): never { throw new Error('at ' + point.x); }
export const origin: string = 'source';
`;

/** Loads compile-cache.mjs, then the module above, in a fresh Node: what it exports, where its throw is, and stderr. */
async function loadTypeScript(env: NodeJS.ProcessEnv): Promise<{ origin: string; thrownAt: string; stderr: string }> {
  const helper = pathToFileURL(join(directory, 'project', 'helper.ts')).href;
  const script = `
await import(${JSON.stringify(pathToFileURL(MODULE).href)});
const { fail, origin } = await import(${JSON.stringify(helper)});
let thrownAt = '';
try { fail({ x: 1 }); } catch (error) { thrownAt = error.stack.split('\\n')[1].split('helper.ts')[1]; }
console.log(JSON.stringify({ origin, thrownAt }));
`;
  const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: undefined, NODE_COMPILE_CACHE: undefined, ...env } });
  return { ...(JSON.parse(stdout) as { origin: string; thrownAt: string }), stderr };
}

/** The files of the stripped TypeScript the cache under `directory` holds. */
async function strippedFiles(): Promise<string[]> {
  const cache = join(directory, 'node-compile-cache');
  const [versioned] = await readdir(cache);
  const stripped = join(cache, versioned!, 'stripped-typescript');
  return (await readdir(stripped)).map((name) => join(stripped, name));
}

describe("the generator's TypeScript, stripped once (Node 22 strips it again on every load)", () => {
  async function project(): Promise<void> {
    directory = await mkdtemp(join(tmpdir(), 'compile-cache-'));
    await mkdir(join(directory, 'project'));
    await writeFile(join(directory, 'project', 'package.json'), '{ "type": "module" }');
    await writeFile(join(directory, 'project', 'helper.ts'), PROJECT_MODULE);
  }

  test('a later load takes the stripped code from the cache, with every line and column where they were, and no warning', async () => {
    await project();
    const first = await loadTypeScript({ TMPDIR: directory });
    expect(first).toEqual({ origin: 'source', thrownAt: ':4:51)', stderr: '' });
    const [kept, ...others] = await strippedFiles();
    expect(others).toEqual([]);
    // Node's own stripping: the types become spaces, so every line keeps its length.
    const code = await readFile(kept!, 'utf8');
    expect(code.split('\n').map((line) => line.length)).toEqual(PROJECT_MODULE.split('\n').map((line) => line.length));
    expect(code).not.toMatch(/interface|: Point|: never|: string/);
    // What the next load runs is what the cache holds, not the source stripped again.
    await writeFile(kept!, (await readFile(kept!, 'utf8')).replace("'source'", "'cache'"));
    expect((await loadTypeScript({ TMPDIR: directory })).origin).toBe('cache');
  });

  test('an edited file is stripped again, under a key of its own', async () => {
    await project();
    await loadTypeScript({ TMPDIR: directory });
    await writeFile(join(directory, 'project', 'helper.ts'), PROJECT_MODULE.replace("'source'", "'edited'"));
    expect((await loadTypeScript({ TMPDIR: directory })).origin).toBe('edited');
    expect(await strippedFiles()).toHaveLength(2);
  });

  test('a file Node cannot strip (an enum) is left to Node, whose error names the file and line', async () => {
    await project();
    const enumFile = join(directory, 'project', 'colors.ts');
    await writeFile(enumFile, 'export const first = 1;\nexport enum Color { Red }\n');
    const script = `await import(${JSON.stringify(pathToFileURL(MODULE).href)}); await import(${JSON.stringify(pathToFileURL(enumFile).href)});`;
    const failed = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: undefined, NODE_COMPILE_CACHE: undefined, TMPDIR: directory } }).catch((error: unknown) => error as { stderr: string });
    expect('stderr' in failed && failed.stderr).toContain(`${pathToFileURL(enumFile).href}:2`);
  });

  test('without a compile cache nothing is kept, and the module loads as Node strips it', async () => {
    await project();
    expect(await loadTypeScript({ TMPDIR: directory, NODE_DISABLE_COMPILE_CACHE: '1' })).toMatchObject({ origin: 'source', thrownAt: ':4:51)' });
    expect(await readdir(directory)).toEqual(['project']);
  });
});

