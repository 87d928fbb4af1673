/**
 * A Jupyter kernel for the tests: Deno's (`deno jupyter`), from the `deno`
 * npm package, registered in a temporary JUPYTER_PATH rather than the user's
 * Jupyter folders, so a test run installs nothing outside its temp folder.
 * The kernelspec is the one `deno jupyter --install` writes; it is written
 * here directly because that command always writes into the user's own data
 * folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The Python with Debian's python3-nbclient and python3-nbformat (not a pyenv `python3` on PATH). */
export const NOTEBOOK_PYTHON = process.env['NOTEBOOK_PYTHON'] ?? '/usr/bin/python3';

/** The kernel name the notebooks ask for (their `kernelspec.name`). */
export const KERNEL_NAME = 'deno';

/** The Deno binary the npm package ships (its postinstall may not have run, so ask its installer). */
export function denoBinary(): string {
  const installer = createRequire(import.meta.url)('deno/install_api.cjs') as { runInstall: () => string };
  return installer.runInstall();
}

/**
 * Writes the kernelspec under `dir` and returns the environment that makes
 * Jupyter find it, keeps Deno's cache and Jupyter's runtime files in `dir`,
 * and points every proxy at a closed port, so any attempt to use the network fails.
 */
export async function kernelEnvironment(dir: string): Promise<NodeJS.ProcessEnv> {
  const kernelDir = join(dir, 'jupyter', 'kernels', KERNEL_NAME);
  await mkdir(kernelDir, { recursive: true });
  const spec = { argv: [denoBinary(), 'jupyter', '--kernel', '--conn', '{connection_file}'], display_name: 'Deno', language: 'typescript' };
  await writeFile(join(kernelDir, 'kernel.json'), JSON.stringify(spec, null, 2));
  const closed = 'http://127.0.0.1:9';
  return {
    ...process.env,
    JUPYTER_PATH: join(dir, 'jupyter'),
    JUPYTER_DATA_DIR: join(dir, 'jupyter'),
    JUPYTER_RUNTIME_DIR: join(dir, 'runtime'),
    JUPYTER_CONFIG_DIR: join(dir, 'config'),
    DENO_DIR: join(dir, 'deno'),
    DENO_NO_UPDATE_CHECK: '1',
    DENO_NO_PROMPT: '1',
    HTTP_PROXY: closed,
    HTTPS_PROXY: closed,
    ALL_PROXY: closed,
    http_proxy: closed,
    https_proxy: closed,
  };
}
