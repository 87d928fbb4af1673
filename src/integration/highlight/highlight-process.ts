/**
 * Highlights code blocks with Shiki in a process of its own (highlight-ahead.ts
 * is its other end; helpers/fork-helper.ts says why a process), with the
 * highlighter and options rehype-highlight-code uses, and sends each block's
 * `<pre>` back as soon as it is made. The blocks come as the first message;
 * the build ends the process once every block is answered, and it ends on
 * its own if the build is gone.
 */
import type { ShikiConfig } from '@astrojs/markdown-remark';
import { sendToParent } from '../helpers/parent-channel.ts';
import { highlightBlock, type Block } from './highlight-block.ts';
import { loadOnigurumaFromFile } from './onig-wasm-file.ts';

export interface ToHighlighter {
  config: ShikiConfig;
  blocks: Block[];
}

export type FromHighlighter = { index: number; pre: unknown } | { index: number; error: string };

process.on('disconnect', () => process.exit(0));
loadOnigurumaFromFile();
const { config, blocks } = await new Promise<ToHighlighter>((resolve) => process.once('message', resolve));
const send = (message: FromHighlighter) => sendToParent(message);
for (const [index, block] of blocks.entries()) {
  try {
    send({ index, pre: await highlightBlock(config, block) });
  } catch (error) {
    send({ index, error: error instanceof Error ? error.message : String(error) });
  }
}
