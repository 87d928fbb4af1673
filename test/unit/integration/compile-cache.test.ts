import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { repoRoot } from '../../helpers/build-site.ts';

const run = promisify(execFile);
const MODULE = join(repoRoot, 'src/integration/compile-cache.ts');

/** Loads compile-cache.ts in a fresh Node, then a module after it, and asks a child process for its cache. */
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
