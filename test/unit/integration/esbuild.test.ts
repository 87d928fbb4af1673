import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../../helpers/build-site.ts';

/**
 * In a fresh Node, as a build has it: the generator's esbuild (src/integration/esbuild.ts, by `require`) and
 * the one Astro's `import.meta.env` step imports (`import { transform } from "esbuild"`, resolved from Astro's
 * own file).
 */
const SCRIPT = `
const ours = await import(${JSON.stringify(pathToFileURL(join(repoRoot, 'src/integration/esbuild.ts')).href)});
const astros = await import(import.meta.resolve('esbuild', ${JSON.stringify(pathToFileURL(join(repoRoot, 'node_modules/astro/dist/env/vite-plugin-import-meta-env.js')).href)}));
console.log(JSON.stringify({ same: astros.transform === ours.transform, version: astros.version === ours.version }));
`;

describe('esbuild.ts', () => {
  test('is the esbuild Astro imports, so the service started as the build is set up is the one Astro’s transforms use', () => {
    const { stdout, stderr, status } = spawnSync(process.execPath, ['--experimental-import-meta-resolve', '--input-type=module', '-e', SCRIPT], { cwd: repoRoot, encoding: 'utf8' });
    expect(status, stderr).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ same: true, version: true });
  });
});
