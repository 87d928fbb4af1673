/**
 * Cuts fonts to the characters a site draws, in a process of its own
 * (font-cutter-process.ts says why), started ahead of need so its start
 * costs the build nothing, and killed when the cut is done.
 */
import type { ChildProcess } from 'node:child_process';
import { forkHelper, holdOpenWhile, SHORT_LIVED_FLAGS } from '../helpers/fork-helper.ts';
import type { FromCutter, ToCutter } from './font-cutter-process.ts';

/** Cuts `font` (TrueType) to the characters of `text`, as WOFF. */
export type CutFont = (font: Uint8Array, text: string) => Promise<Uint8Array>;

export class FontCutter {
  #child: ChildProcess | undefined;
  readonly #pending = new Map<number, { resolve: (cut: Uint8Array) => void; reject: (error: Error) => void }>();
  #nextId = 1;

  /**
   * Starts the process, if it is not running; the build does not wait for it while it has nothing to do.
   * @param warmUp a font file the process cuts once as soon as it starts, so the first real cut finds
   *   harfbuzz's and the WOFF writer's code compiled (cold, 8 faces took 134 ms; warm, 30 ms)
   */
  start(warmUp?: string): void {
    if (this.#child) return;
    const child = forkHelper('font-cutter-process', { args: warmUp ? [warmUp] : [], execArgv: SHORT_LIVED_FLAGS });
    this.#child = child;
    child.on('message', (message: FromCutter) => {
      const pending = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if ('cut' in message) pending?.resolve(new Uint8Array(message.cut));
      else pending?.reject(new Error(`could not cut a KaTeX font: ${message.error}`));
      this.#ref();
    });
    child.on('exit', (code, signal) => {
      this.#child = undefined;
      const error = new Error(`the font cutter's process ended (${signal ?? `exit code ${code}`}) before it answered`);
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
    });
    this.#ref();
  }

  readonly cut: CutFont = (font, text) => {
    this.start();
    return new Promise((resolve, reject) => {
      const id = this.#nextId++;
      this.#pending.set(id, { resolve, reject });
      this.#child?.send({ id, font, text } satisfies ToCutter);
      this.#ref();
    });
  };

  close(): void {
    this.#child?.removeAllListeners('exit');
    this.#child?.kill('SIGKILL');
    this.#child = undefined;
  }

  /** The process keeps the build alive only while a cut is outstanding. */
  #ref(): void {
    holdOpenWhile(this.#child, this.#pending.size > 0);
  }
}
