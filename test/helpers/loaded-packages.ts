/** Which modules and npm packages a module or script loads, in a fresh Node: for tests that keep what a thread loads lean. */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './build-site.ts';

/** A load hook that notes every module's URL and prints them all as the process exits. */
const HOOK = `data:text/javascript,${encodeURIComponent(
  "import { registerHooks } from 'node:module'; const urls = []; registerHooks({ load(url, context, next) { urls.push(url); return next(url, context); } }); process.on('exit', () => process.stdout.write(JSON.stringify(urls)));",
)}`;

/** The URL of every module running `script` (an ES module's text, run from the repository's root) loads, and what it wrote to stderr. */
export function modulesLoadedBy(script: string): { urls: string[]; stderr: string } {
  const { stdout, stderr, status } = spawnSync(process.execPath, ['--import', HOOK, '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
  if (status !== 0) throw new Error(`the script failed (exit code ${status}):\n${stderr}`);
  return { urls: JSON.parse(stdout) as string[], stderr };
}

/** The packages (`name` or `@scope/name`) under node_modules that importing `file` (absolute) loads. */
export function packagesLoadedBy(file: string): Set<string> {
  const loaded = modulesLoadedBy(`await import(${JSON.stringify(pathToFileURL(file).href)})`)
    .urls.filter((url) => url.includes('/node_modules/'))
    .map((url) => url.split('/node_modules/').at(-1)!);
  return new Set(loaded.map((path) => (path.startsWith('@') ? path.split('/').slice(0, 2) : path.split('/').slice(0, 1)).join('/')));
}
