/**
 * Keeps the highlighted blocks (`<pre>` trees) from one build to the next, in
 * Astro's cache folder beside the examples' results, so a rebuild whose blocks
 * are unchanged starts no highlighter: a warm 6-lesson build waited about
 * 0.25 s for Shiki to highlight its 18 blocks again, and took longer than a
 * cold build of the same chapter with no examples at all.
 *
 * A block is found by its code, language and meta, the site's Shiki settings,
 * and the versions of Shiki and of Astro (whose wrapper makes the `<pre>`):
 * anything else is highlighted anew. The file keeps only what the last build
 * used. It goes with the rest of the build's caches (`node_modules/.astro`),
 * so a cold build highlights everything.
 */
import type { ShikiConfig } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { writeWhole } from '../write-whole.ts';
import type { Block } from './highlight-block.ts';

/** What decides a block's `<pre>` besides the block: Shiki's and Astro's versions and the site's settings. */
function settingsKey(config: ShikiConfig): string {
  const require = createRequire(import.meta.url);
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  return JSON.stringify([version('shiki'), version('astro'), config]);
}

export class HighlightCache {
  readonly #file: string | undefined;
  readonly #settings: string;
  readonly #kept: Map<string, Element>;
  readonly #used = new Map<string, Element>();

  private constructor(file: string | undefined, settings: string, kept: Map<string, Element>) {
    this.#file = file;
    this.#settings = settings;
    this.#kept = kept;
  }

  /** The cache in `file` for these settings; empty when there is none, it cannot be read, or `file` is undefined. */
  static async open(file: string | undefined, config: ShikiConfig): Promise<HighlightCache> {
    const settings = settingsKey(config);
    let kept = new Map<string, Element>();
    if (file !== undefined) {
      try {
        kept = new Map(Object.entries(JSON.parse(await readFile(file, 'utf8')) as Record<string, Element>));
      } catch {
        // None yet, or unreadable: every block is highlighted.
      }
    }
    return new HighlightCache(file, settings, kept);
  }

  #key(block: Block): string {
    return createHash('sha256').update(JSON.stringify([this.#settings, block.code, block.language, block.meta ?? null])).digest('base64url');
  }

  /** The block's `<pre>` as a past build made it, if it is kept; kept again by the next save. */
  get(block: Block): Element | undefined {
    const key = this.#key(block);
    const pre = this.#kept.get(key);
    if (pre) this.#used.set(key, pre);
    return pre;
  }

  set(block: Block, pre: Element): void {
    this.#used.set(this.#key(block), pre);
  }

  /** Writes what this build used, and only that. A cache that cannot be written costs the next build the highlighting. */
  async save(): Promise<void> {
    if (this.#file === undefined) return;
    await writeWhole(this.#file, JSON.stringify(Object.fromEntries(this.#used))).catch(() => undefined);
  }
}
