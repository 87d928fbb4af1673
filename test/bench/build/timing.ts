/** Medians and a build timer for the build benchmark. */
import { join } from 'node:path';
import { repoRoot } from '../../helpers/build-site.ts';
import { run } from './chapter.ts';

const ASTRO = join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

export function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface TimedBuild {
  seconds: number;
  /** The build's `examples: … run, … cached, … failed` line. */
  examples: string;
}

export async function timeBuild(root: string, env: NodeJS.ProcessEnv = {}): Promise<TimedBuild> {
  const started = performance.now();
  const { code, output } = await run(process.execPath, [ASTRO, 'build'], root, env);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`astro build of ${root} failed:\n${output}`);
  return { seconds, examples: /examples: .*/.exec(output)?.[0] ?? 'examples: (no summary line)' };
}
