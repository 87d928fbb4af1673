/**
 * On a build, the code blocks the lessons' text holds are highlighted in a
 * process of their own (highlight-process.ts) while Vite starts and bundles,
 * so each lesson's compile finds its blocks made (rehype-highlight-code.ts
 * waits for them) instead of highlighting them on the build's thread: Shiki
 * was the costliest step of that thread's compile of a 6-lesson chapter
 * (about 0.45 s of its 5 s).
 *
 * Nothing depends on the text being read right: the blocks are found line by
 * line (examples/scan-examples.ts), a block the compile sees otherwise is
 * simply highlighted there, and a block the process could not make is made
 * there too, with the lesson's own error if it fails again.
 */
import type { ChildProcess } from 'node:child_process';
import type { Element } from 'hast';
import { readFile } from 'node:fs/promises';
import { fences } from '../examples/scan-examples.ts';
import { lessonFiles } from '../examples/lesson-files.ts';
import { DEFAULT_EXCLUDED_LANGUAGES, expectHighlight, MEMO_LIMIT, type HighlightOptions } from '../rehype-highlight-code.ts';
import { forkHelper, holdOpenWhile, SHORT_LIVED_FLAGS } from '../helpers/fork-helper.ts';
import { highlightBlock, type Block } from './highlight-block.ts';
import { HighlightCache } from './highlight-cache.ts';
import type { FromHighlighter, ToHighlighter } from './highlight-process.ts';

/** An example's output fence is printed as the run's output, never highlighted. */
const NEVER_HIGHLIGHTED = ['output'];

/** The distinct blocks of the lessons under `contentDir`, as the compile will see them (most of the time). */
export async function lessonBlocks(contentDir: string, excludeLangs: readonly string[] = []): Promise<Block[]> {
  const skipped = new Set([...DEFAULT_EXCLUDED_LANGUAGES, ...NEVER_HIGHLIGHTED, ...excludeLangs]);
  const blocks = new Map<string, Block>();
  // All at once: this runs while Vite starts, and one file after the other, each read waited a turn of the
  // build's busy event loop; 100 lessons took 6 s, and the compile had highlighted most blocks itself by then.
  const sources = await Promise.all((await lessonFiles(contentDir)).map((path) => readFile(path, 'utf8')));
  for (const source of sources) {
    for (const fence of fences(source)) {
      const language = fence.lang || 'plaintext';
      if (skipped.has(language)) continue;
      // As the compile sees a block: its code with a line ending after its last line (remark-rehype adds one),
      // its meta as written, trailing spaces and all.
      const block: Block = { code: fence.code ? `${fence.code}\n` : '', language, meta: fence.meta || undefined };
      blocks.set(JSON.stringify(block), block);
    }
  }
  return [...blocks.values()];
}

/**
 * Up to this many blocks, the highlighter runs on V8's quicker compilers only (SHORT_LIVED_FLAGS): Liftoff
 * alone took about a fifth less CPU than with TurboFan's WebAssembly for a few dozen blocks, and leaving out
 * TurboFan for JavaScript too took 15–16 % less again, for 18, 36 and 72 distinct blocks. By 300 blocks (a
 * 100-lesson chapter of distinct code) optimizing the hot functions pays: with TurboFan the process
 * highlights them in 2.1 s of CPU, against 2.5 s without.
 */
const BASELINE_ONLY_UP_TO = 100;

/** True when the options can go to another process: a transformer is a function, which cannot. */
function cloneable(options: HighlightOptions): boolean {
  let functions = false;
  JSON.stringify(options.shikiConfig, (_key, value: unknown) => {
    if (typeof value === 'function') functions = true;
    return value;
  });
  return !functions;
}

export interface HighlightAheadOptions {
  /** Where past builds' blocks are kept (highlight-cache.ts). */
  cacheFile?: string | undefined;
  /**
   * Keeps a process that ran on SHORT_LIVED_FLAGS once its blocks are done, and gives it back, for the
   * font cutter (fonts/font-cutter.ts) to cut in: a build's. Otherwise (`astro dev`) it ends then.
   */
  keepProcess?: boolean;
}

/**
 * Starts highlighting the lessons' blocks in a process; each lesson's compile then waits for its own. A block
 * a past build highlighted is taken from `cacheFile` (highlight-cache.ts), and a build with every block there
 * starts no process.
 * @returns the process, when it is kept (`keepProcess`)
 */
export async function highlightAhead(options: HighlightOptions, contentDir: string, { cacheFile, keepProcess = false }: HighlightAheadOptions = {}): Promise<ChildProcess | undefined> {
  if (!cloneable(options)) return undefined;
  const config = options.shikiConfig;
  const [found, cache] = await Promise.all([lessonBlocks(contentDir, options.excludeLangs), HighlightCache.open(cacheFile, config)]);
  const waiting = new Map<Block, PromiseWithResolvers<Element>>();
  for (const block of found.slice(0, MEMO_LIMIT / 2)) {
    const kept = cache.get(block);
    if (kept) {
      expectHighlight(config, block, Promise.resolve(kept));
      continue;
    }
    const made = Promise.withResolvers<Element>();
    // Its rejection is the lesson's to report, when it waits for it (the memo catches it otherwise).
    made.promise.catch(() => undefined);
    if (expectHighlight(config, block, made.promise)) waiting.set(block, made);
  }
  const blocks = [...waiting.keys()];
  if (blocks.length === 0) {
    await cache.save();
    return undefined;
  }
  const pending = new Set(blocks.keys());
  // What the process could not make is made here, as it would have been without it.
  const here = (index: number) => {
    if (!pending.delete(index)) return;
    const block = blocks[index]!;
    const { resolve, reject } = waiting.get(block)!;
    highlightBlock(config, block).then(resolve, reject);
  };
  const shortLived = blocks.length <= BASELINE_ONLY_UP_TO;
  const kept = keepProcess && shortLived;
  const child = forkHelper('highlight-process', { execArgv: ['--single-threaded', ...(shortLived ? SHORT_LIVED_FLAGS : [])] });
  child.send({ config, blocks } satisfies ToHighlighter);
  // A build that has finished does not wait for the process.
  holdOpenWhile(child, false);
  child.on('message', (message: FromHighlighter | object) => {
    // The font cutter's answers, once it cuts in this process, are not the highlighter's.
    if (!('index' in message)) return;
    const block = blocks[message.index]!;
    if ('error' in message) here(message.index);
    else if (pending.delete(message.index)) {
      waiting.get(block)!.resolve(message.pre as Element);
      cache.set(block, message.pre as Element);
    }
    if (pending.size > 0 || child.killed) return;
    // Every block is answered: the process is done (unless kept), and the next build finds these.
    if (!kept) child.kill();
    void cache.save();
  });
  const fallBack = () => {
    for (const index of [...pending]) here(index);
  };
  child.on('error', fallBack);
  child.on('exit', fallBack);
  return kept ? child : undefined;
}
