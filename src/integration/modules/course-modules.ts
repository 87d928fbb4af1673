/**
 * The modules a course offers its examples by name: the `#…` entries of the
 * project's package.json `imports` field, which TypeScript, Vite and Node all
 * resolve the same way. Nothing in the generator names a course's module; this
 * is where their names come from.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The exact specifiers mapped in `<root>/package.json` `imports`, e.g.
 * `['#lib']`. Patterns (`#lib/*`) are left out: they name no one module.
 */
export async function readCourseModules(root: string): Promise<string[]> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  } catch {
    return [];
  }
  const imports = typeof manifest === 'object' && manifest !== null ? (manifest as { imports?: unknown }).imports : undefined;
  if (typeof imports !== 'object' || imports === null) return [];
  return Object.keys(imports)
    .filter((specifier) => specifier.startsWith('#') && !specifier.includes('*'))
    .toSorted();
}
