/**
 * A short, stable key or id suffix, shared by build-time markup and the page's
 * islands. In a module of its own: the page's first script needs it, and
 * Rolldown places whole modules, so a neighbour here would ride along.
 */

/** FNV-1a, 32 bits, in base 36; not a security measure. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
