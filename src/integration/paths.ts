import { relative } from 'node:path';

/** A path as an author would type it: relative to the project root when inside it. */
export function relativeToRoot(path: string | undefined, root: string = process.cwd()): string {
  if (!path) return '<unknown file>';
  const inside = relative(root, path);
  return inside.startsWith('..') ? path : inside;
}
