/**
 * Highlights code blocks with Shiki on a thread of its own (highlight-ahead.ts
 * is its other end), with the highlighter and options rehype-highlight-code
 * uses, and sends each block's `<pre>` back as soon as it is made.
 */
import type { ShikiConfig } from '@astrojs/markdown-remark';
import { parentPort, workerData } from 'node:worker_threads';
import { highlightBlock, type Block } from './highlight-block.ts';
import { loadOnigurumaFromFile } from './onig-wasm-file.ts';

export interface ThreadData {
  config: ShikiConfig;
  blocks: Block[];
}

export type ThreadMessage = { index: number; pre: unknown } | { index: number; error: string };

loadOnigurumaFromFile();
const { config, blocks } = workerData as ThreadData;
const port = parentPort!;
for (const [index, block] of blocks.entries()) {
  try {
    port.postMessage({ index, pre: await highlightBlock(config, block) } satisfies ThreadMessage);
  } catch (error) {
    port.postMessage({ index, error: error instanceof Error ? error.message : String(error) } satisfies ThreadMessage);
  }
}
