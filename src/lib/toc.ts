/** The on-page table of contents: h2 sections with their h3 subsections. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) toc.push({ slug: heading.slug, text: heading.text, children: [] });
    else if (heading.depth === 3) {
      const parent = toc.at(-1);
      const entry = { slug: heading.slug, text: heading.text, children: [] };
      if (parent) parent.children.push(entry);
      else toc.push(entry);
    }
  }
  return toc;
}
