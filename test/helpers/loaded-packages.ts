/** Which npm packages importing a module loads, in a fresh Node: for tests that keep a module's imports lean. */
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './build-site.ts';

/** A load hook that notes every module's URL and prints them all as the process exits. */
const HOOK = `data:text/javascript,${encodeURIComponent(
  "import { registerHooks } from 'node:module'; const urls = []; registerHooks({ load(url, context, next) { urls.push(url); return next(url, context); } }); process.on('exit', () => process.stdout.write(JSON.stringify(urls)));",
)}`;

/** The packages (`name` or `@scope/name`) under node_modules that importing `file` (absolute) loads. */
export function packagesLoadedBy(file: string): Set<string> {
  const output = execFileSync(process.execPath, ['--import', HOOK, '--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(file).href)})`], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  const loaded = (JSON.parse(output) as string[]).filter((url) => url.includes('/node_modules/')).map((url) => url.split('/node_modules/').at(-1)!);
  return new Set(loaded.map((path) => (path.startsWith('@') ? path.split('/').slice(0, 2) : path.split('/').slice(0, 1)).join('/')));
}
