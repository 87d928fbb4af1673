/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` after Astro has
 * written the site, so `astro build` alone produces a searchable site. Pages
 * opt in with `data-pagefind-body` (lessons and chapters); navigation chrome is
 * not indexed.
 */
import * as pagefind from 'pagefind';

export async function writeSearchIndex(outDir: string, lang: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
