/**
 * The helpers' bundles (issue 11): the build starts its helper processes
 * from JavaScript esbuild made of their TypeScript, so none loads
 * Node's type stripper (about 40 ms of a core each). A bundle must do what its
 * source does, and load the same packages.
 */
import type { ShikiConfig } from '@astrojs/markdown-remark';
import { fork } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { init as lexerReady, parse as parseImports } from 'es-module-lexer';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { instrument } from '../../src/example-runtime/instrument.ts';
import { ProcessPool } from '../../src/integration/examples/process-pool.ts';
import { bundleHelpers } from '../../src/integration/helpers/bundle-helpers.ts';
import { HELPER_SOURCES, helperFile, useHelperFiles, type HelperFiles } from '../../src/integration/helpers/helper-files.ts';
import { highlightBlock } from '../../src/integration/highlight/highlight-block.ts';
import type { FromHighlighter, ToHighlighter } from '../../src/integration/highlight/highlight-process.ts';

let dir = '';
let cacheDir = '';
let files: HelperFiles = {};
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'course-helpers-'));
  cacheDir = join(dir, 'kept');
  files = await bundleHelpers(dir, cacheDir);
  await lexerReady;
});
afterAll(async () => {
  useHelperFiles({});
  await rm(dir, { recursive: true, force: true });
});

describe('bundleHelpers(dir)', () => {
  test('writes one JavaScript module per helper, importing only Node built-ins and the files Node resolves packages to', async () => {
    expect(Object.keys(files).toSorted()).toEqual(Object.keys(HELPER_SOURCES).toSorted());
    for (const file of Object.values(files)) {
      expect(file.startsWith(dir) && file.endsWith('.mjs')).toBe(true);
      const code = await readFile(file, 'utf8');
      const specifiers = parseImports(code)[0].flatMap(({ n }) => n ?? []);
      expect(specifiers.filter((specifier) => !specifier.startsWith('node:') && !specifier.startsWith('file:///'))).toEqual([]);
      // The instrumenter's packages are inside (bundle-helpers.ts says why), not loaded file by file.
      expect(specifiers.filter((specifier) => /\/node_modules\/(sucrase|acorn|lines-and-columns)\//.test(specifier))).toEqual([]);
      // Each module's import.meta.url became its source's, so nothing looks for files beside the bundle.
      // (es-module-lexer lists each import.meta as an import whose `d` is -2; the words may still be in a comment.)
      expect(parseImports(code)[0].filter(({ d }) => d === -2)).toEqual([]);
    }
  });

  test('keeps the bundles for the next build, checked against every file they were made from and every file they import', async () => {
    const [record] = (await readdir(cacheDir)).filter((name) => name.endsWith('.json'));
    const { inputs, value } = JSON.parse(await readFile(join(cacheDir, record!), 'utf8')) as { inputs: Record<string, { sha256: string }>; value: HelperFiles };
    expect(value).toEqual(files);
    for (const source of Object.values(HELPER_SOURCES)) expect(inputs).toHaveProperty([source]);
    // Each package file a bundle imports by its URL, node-inspect-extracted (bundled in), and the bundles themselves.
    const codes = await Promise.all(Object.values(files).map((file) => readFile(file, 'utf8')));
    const imported = codes.flatMap((code) => parseImports(code)[0].flatMap(({ n }) => (n?.startsWith('file:') ? [fileURLToPath(n)] : [])));
    expect(imported.length).toBeGreaterThan(0);
    for (const file of [...imported, ...Object.values(files)]) expect(inputs).toHaveProperty([file]);
    for (const bundledIn of ['node-inspect-extracted', 'sucrase', 'acorn']) expect(Object.keys(inputs).some((file) => file.includes(`node_modules/${bundledIn}/`))).toBe(true);
    // The next build starts its helpers from the same files; one removed is made again.
    expect(await bundleHelpers(join(dir, 'unused'), cacheDir)).toEqual(files);
    await rm(files['example-process']!);
    expect(await bundleHelpers(join(dir, 'unused'), cacheDir)).toEqual(files);
    expect(await readFile(files['example-process']!, 'utf8')).toBe(codes[Object.keys(files).indexOf('example-process')]);
  });

  test('an example process started from its bundle runs examples as the source does', async () => {
    useHelperFiles(files);
    expect(helperFile('example-process')).toBe(files['example-process']);
    const pool = new ProcessPool({ size: 1 });
    try {
      const program = instrument('const xs = [1, 2, 3].map((x) => x * 2);\nxs;').program;
      const result = await pool.run({ input: { program, modules: {}, lessonDir: '/content/', display: 'inspect', exercise: undefined }, code: {}, timeoutMs: 10_000 });
      expect(result.kind === 'ok' && result.output).toBe('[ 2, 4, 6 ]');
      // An error of the example's realm prints with its stack, as Node prints one: node-inspect-extracted, bundled in,
      // loaded after cross-realm.ts (a package left as an import would load before the bundle's own code).
      const error = instrument("console.log(new RangeError('too far'));").program;
      const printed = await pool.run({ input: { program: error, modules: {}, lessonDir: '/content/', display: 'inspect', exercise: undefined }, code: {}, timeoutMs: 10_000 });
      expect(printed.kind === 'ok' && printed.output).toMatch(/^RangeError: too far\n {4}at /);
      const [pid] = pool.pids;
      expect(await readFile(`/proc/${pid}/cmdline`, 'utf8')).toContain(files['example-process']);
    } finally {
      pool.close();
      useHelperFiles({});
    }
  });

  test('the highlighter started from its bundle makes the <pre> the build makes', async () => {
    const config = { langs: [], langAlias: {}, theme: 'github-dark', themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, wrap: false, transformers: [], defaultColor: false } as unknown as ShikiConfig;
    const block = { code: 'const x: number = 1;\n', language: 'ts', meta: undefined };
    const child = fork(files['highlight-process']!, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
    try {
      child.send({ config, blocks: [block] } satisfies ToHighlighter);
      const message = await new Promise<FromHighlighter>((resolve, reject) => child.once('message', resolve).once('error', reject));
      expect('pre' in message && message.pre).toEqual(await highlightBlock(config, block));
    } finally {
      child.kill();
    }
  });
});
