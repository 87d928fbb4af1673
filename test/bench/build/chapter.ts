/**
 * The anchor benchmark's generated chapter (../shared/anchor-bench, its
 * lib/gen-content.mjs), written as a course of this project beside the
 * repository: N lessons of prose, 4 display and 7 inline formulas and 3
 * TypeScript blocks each, the blocks plain (`ours`) or as examples
 * (`ours-run`, output fences filled in by examples:update, untimed).
 *
 * The course lives inside the repository (git-ignored .bench-course/) because
 * Astro resolves its own packages from the course root's node_modules.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { repoRoot } from '../../helpers/build-site.ts';

export type Blocks = 'plain' | 'run';

/** The generator of the anchor benchmark; ANCHOR_GEN overrides where it is. */
export const GENERATOR = process.env['ANCHOR_GEN'] ?? resolve(repoRoot, '../shared/anchor-bench/lib/gen-content.mjs');

export const COURSE_ROOT = join(repoRoot, '.bench-course');

export function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolvePromise({ code, output }));
  });
}

/** Writes the course (config, package.json, content/) with `lessons` lessons; outputs filled in for `run`. */
export async function writeChapter(lessons: number, blocks: Blocks): Promise<string> {
  if (!existsSync(GENERATOR)) throw new Error(`The anchor benchmark's generator is not at ${GENERATOR}; set ANCHOR_GEN to its lib/gen-content.mjs.`);
  await rm(COURSE_ROOT, { recursive: true, force: true });
  await mkdir(COURSE_ROOT, { recursive: true });
  const src = JSON.stringify(join(repoRoot, 'src'));
  await writeFile(
    join(COURSE_ROOT, 'astro.config.mjs'),
    `import course from ${JSON.stringify(join(repoRoot, 'src/integration/course.mjs'))};\n` +
      `export default { srcDir: ${src}, publicDir: ${JSON.stringify(join(repoRoot, 'public'))}, site: 'http://localhost:4321', trailingSlash: 'always',\n` +
      `  integrations: [course({ title: 'Bench course', description: 'The anchor benchmark chapter.', display: 'numpy' })] };\n`,
  );
  // The course's library is the project's own, re-exported (an `imports` target must start with ./).
  await writeFile(join(COURSE_ROOT, 'package.json'), JSON.stringify({ private: true, type: 'module', imports: { '#activations': './lib/activations.ts' } }));
  await mkdir(join(COURSE_ROOT, 'lib'));
  await writeFile(join(COURSE_ROOT, 'lib', 'activations.ts'), "export * from '../../src/activations/index.ts';\n");
  const generated = await run(process.execPath, [GENERATOR, '--tool', blocks === 'run' ? 'ours-run' : 'ours', '--n', String(lessons), '--dest', COURSE_ROOT], repoRoot);
  if (generated.code !== 0) throw new Error(`gen-content.mjs failed:\n${generated.output}`);
  if (blocks === 'run') {
    const updated = await run(process.execPath, [join(repoRoot, 'src/integration/examples/update-outputs.ts'), COURSE_ROOT], COURSE_ROOT);
    if (updated.code !== 0) throw new Error(`examples:update failed:\n${updated.output}`);
  }
  return COURSE_ROOT;
}

/** Output and every build cache of the course: what the anchor benchmark removes before a cold build. */
export async function cleanCourse(): Promise<void> {
  await Promise.all(['dist', '.astro', 'node_modules'].map((dir) => rm(join(COURSE_ROOT, dir), { recursive: true, force: true })));
}
