/** Small text helpers shared by build-time markup and the page's islands (pure: no DOM, no Node). */

/** Escapes text for an XML/HTML text node or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

/** FNV-1a, 32 bits, in base 36: a short, stable key or id suffix; not a security measure. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
