/**
 * Highlights code blocks with Shiki in a process of its own (highlight-ahead.ts
 * is its other end; helpers/fork-helper.ts says why a process), with the
 * highlighter and options rehype-highlight-code uses, and sends each block's
 * `<pre>` back as soon as it is made. The blocks come as the first message;
 * it ends on its own if the build is gone.
 *
 * Its blocks done, a build of up to 100 distinct blocks (highlight-ahead.ts)
 * has it cut the KaTeX fonts too (font-cuts.ts), which spares the build a
 * process: about 0.1 s of a core to start one, and a fork of the large build
 * process while Vite generates the pages.
 */
import type { ShikiConfig } from '@astrojs/markdown-remark';
import { serveFontCuts } from '../fonts/font-cuts.ts';
import { sendToParent } from '../helpers/parent-channel.ts';
import { highlightBlock, type Block } from './highlight-block.ts';
import { loadOnigurumaFromFile } from './onig-wasm-file.ts';
import { useSharedPatterns } from './shared-patterns.ts';

export interface ToHighlighter {
  config: ShikiConfig;
  blocks: Block[];
}

export type FromHighlighter = { index: number; pre: unknown } | { index: number; error: string };

process.on('disconnect', () => process.exit(0));
loadOnigurumaFromFile();
useSharedPatterns();
serveFontCuts();
const { config, blocks } = await new Promise<ToHighlighter>((resolve) => {
  const first = (message: unknown) => {
    if (typeof message !== 'object' || message === null || !('blocks' in message)) return;
    process.off('message', first);
    resolve(message as ToHighlighter);
  };
  process.on('message', first);
});
const send = (message: FromHighlighter) => sendToParent(message);
for (const [index, block] of blocks.entries()) {
  try {
    send({ index, pre: await highlightBlock(config, block) });
  } catch (error) {
    send({ index, error: error instanceof Error ? error.message : String(error) });
  }
}
