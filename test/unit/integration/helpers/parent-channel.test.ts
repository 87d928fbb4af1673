import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const HIGHLIGHTER = fileURLToPath(new URL('../../../../src/integration/highlight/highlight-process.ts', import.meta.url));

/**
 * A build that starts the highlighter with many blocks and stops at its first answer, as a build stops at an
 * author's mistake. Resolves with its exit code (3: it had an answer) and everything the two processes wrote to
 * stderr, once both have closed it.
 */
function buildGoneMidway(): Promise<{ code: number | null; stderr: string }> {
  const parent = `
    import { fork } from 'node:child_process';
    const child = fork(${JSON.stringify(HIGHLIGHTER)}, [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
    const blocks = Array.from({ length: 30 }, (_, i) => ({ code: 'const x' + i + ': number = ' + i + ';\\n', language: 'ts', meta: undefined }));
    const themes = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' };
    child.send({ config: { themes, defaultColor: false, langs: [], langAlias: {}, wrap: false, transformers: [] }, blocks });
    child.once('message', () => process.exit(3));
  `;
  const build = spawn(process.execPath, ['--input-type=module', '-e', parent], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  build.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // 'close' waits for every holder of the pipe: the highlighter too.
  return new Promise((resolve) => build.on('close', (code) => resolve({ code, stderr })));
}

test('a helper whose build is gone drops its answers and ends, printing nothing under the build’s own error', async () => {
  const { code, stderr } = await buildGoneMidway();
  expect(code).toBe(3);
  expect(stderr).not.toMatch(/EPIPE|ERR_IPC_CHANNEL_CLOSED|Unhandled 'error' event/);
}, 20_000);
