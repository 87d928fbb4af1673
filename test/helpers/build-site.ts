/**
 * Builds the real course (this repository's astro.config.mjs and content/)
 * into a fresh temporary directory, so a test or bench never reads a stale
 * dist/ and never races `npm run build` for it.
 *
 * Erasable TypeScript only: test/bench/site.bench.ts runs this file under
 * Node's native type stripping.
 */
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (where astro.config.mjs lives). */
export const repoRoot: string = fileURLToPath(new URL('../../', import.meta.url));

export interface BuiltSite {
  /** Absolute path of the output directory. */
  outDir: string;
  /** Wall-clock time of the `astro build` child process, in milliseconds. */
  ms: number;
  /** What the build printed, stdout and stderr interleaved. */
  output: string;
}

export interface BuildSiteOptions {
  /**
   * Pass `--force`, clearing Astro's content-layer cache first, so the build
   * is cold (what the bench times).
   * @default false
   */
  force?: boolean;
  /**
   * The `SITE_URL` to build with; without it the build has none, whatever the
   * environment says, so a test sees the same build everywhere.
   * @default undefined
   */
  siteUrl?: string;
  /**
   * The course to build: a folder with its own astro.config.mjs.
   * @default the repository root (the activations course)
   */
  root?: string;
  /** Extra environment, e.g. `{ BASE_PATH: '/course/' }` to build for a sub-path. @default {} */
  env?: Record<string, string>;
}

/**
 * Runs `astro build --outDir <fresh temp dir>` in a child process and resolves
 * when it succeeds; rejects with the build's output when it fails.
 *
 * Uses `process.execPath` rather than `npx`: the caller already runs on the
 * project's Node 22 (the `node` devDependency), which Astro 7 requires, while
 * the system `node` on PATH may be older.
 *
 * @example
 * const { outDir } = await buildSite(); // outDir: '/tmp/course-site-Ab12Cd/'
 */
export async function buildSite(options: BuildSiteOptions = {}): Promise<BuiltSite> {
  const outDir = await mkdtemp(join(tmpdir(), 'course-site-'));
  const astro = join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const started = performance.now();
  const args = [astro, 'build', '--outDir', outDir, ...(options.force ? ['--force'] : [])];
  const { SITE_URL: _siteUrl, ...inherited } = process.env;
  const env = options.siteUrl === undefined ? inherited : { ...inherited, SITE_URL: options.siteUrl };
  const child = spawn(process.execPath, args, {
    cwd: options.root ?? repoRoot,
    env: { ...env, NODE_ENV: 'production', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`astro build --outDir ${outDir} exited with code ${String(code)}:\n${output}`);
  return { outDir, ms, output };
}
