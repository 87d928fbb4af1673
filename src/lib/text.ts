/** Small text helpers shared by build-time markup and the page's islands (pure: no DOM, no Node). */

/** Escapes text for an XML/HTML text node or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}
