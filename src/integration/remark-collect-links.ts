/**
 * Records every link an author writes in a lesson, with its file and line, so
 * the link check after the build can point at the source of a broken link
 * rather than only at the built page.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { relativeToRoot } from './paths.ts';

export interface AuthoredLink {
  href: string;
  file: string;
  line: number;
  column: number;
}

export default function remarkCollectLinks(registry: AuthoredLink[]) {
  return () => (tree: Root, file: VFile) => {
    visit(tree, 'link', (node) => {
      registry.push({
        href: node.url,
        file: relativeToRoot(file.path),
        line: node.position?.start.line ?? 0,
        column: node.position?.start.column ?? 0,
      });
    });
  };
}
