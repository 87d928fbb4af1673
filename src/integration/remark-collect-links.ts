/**
 * Records every link an author writes in a lesson, with its file and line, so
 * the link check after the build can point at the source of a broken link
 * rather than only at the built page. Authors link between lessons from the
 * course root (`/activations/tanh/`); when the site is served under Astro's
 * `base`, the base is put in front here, so a course moves to a sub-path with
 * no edit to its lessons.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { relativeToRoot } from './paths.ts';

export interface AuthoredLink {
  /** The link as the page has it (with the base). */
  href: string;
  file: string;
  line: number;
  column: number;
}

/** `/x/` under `base`; protocol-relative (`//host`) and already-based links are left as they are. */
export function withBase(href: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (prefix === '/' || !href.startsWith('/') || href.startsWith('//') || href.startsWith(prefix)) return href;
  return `${prefix}${href.slice(1)}`;
}

export default function remarkCollectLinks(registry: AuthoredLink[], options: { base: string; root: string } = { base: '/', root: process.cwd() }) {
  return () => (tree: Root, file: VFile) => {
    visit(tree, 'link', (node) => {
      node.url = withBase(node.url, options.base);
      registry.push({
        href: node.url,
        file: relativeToRoot(file.path, options.root),
        line: node.position?.start.line ?? 0,
        column: node.position?.start.column ?? 0,
      });
    });
  };
}
