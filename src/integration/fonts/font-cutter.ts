/**
 * Cuts fonts to the characters a site draws, in a helper process
 * (font-cutter-process.ts says why), started ahead of need so its start
 * costs the build nothing, and killed when the cut is done. Where the
 * highlighter's process is still there and idle, it cuts there
 * (highlight-process.ts), and no process is started.
 */
import type { ChildProcess } from 'node:child_process';
import { forkHelper, holdOpenWhile, SHORT_LIVED_FLAGS } from '../helpers/fork-helper.ts';
import type { FromCutter, ToCutter } from './font-cuts.ts';

/** Cuts `font` (TrueType) to the characters of `text`, as WOFF. */
export type CutFont = (font: Uint8Array, text: string) => Promise<Uint8Array>;

function isFromCutter(message: unknown): message is FromCutter {
  return typeof message === 'object' && message !== null && 'id' in message;
}

export class FontCutter {
  #child: ChildProcess | undefined;
  readonly #pending = new Map<number, { resolve: (cut: Uint8Array) => void; reject: (error: Error) => void }>();
  #nextId = 1;

  /**
   * Starts cutting in `host` (a helper process that serves font-cuts.ts's requests, running with
   * SHORT_LIVED_FLAGS) if it is still running, else in a process of its own; the build does not wait for
   * either while it has nothing to do.
   * @param warmUp a font file the process cuts once, right away, so the first real cut finds harfbuzz's and the
   *   WOFF writer's code compiled (cold, 8 faces took 134 ms; warm, 30 ms)
   */
  start(warmUp?: string, host?: ChildProcess): void {
    if (this.#child) return;
    const running = host !== undefined && host.connected && host.exitCode === null && host.signalCode === null;
    const child = running ? host : forkHelper('font-cutter-process', { execArgv: SHORT_LIVED_FLAGS });
    this.#child = child;
    // The host's own messages (the highlighter's blocks) are not the cutter's.
    child.on('message', (message: unknown) => {
      if (!isFromCutter(message)) return;
      const pending = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if ('cut' in message) pending?.resolve(new Uint8Array(message.cut));
      else pending?.reject(new Error(`could not cut a KaTeX font: ${message.error}`));
      this.#ref();
    });
    child.on('exit', (code, signal) => {
      if (this.#child !== child) return;
      this.#child = undefined;
      const error = new Error(`the font cutter's process ended (${signal ?? `exit code ${code}`}) before it answered`);
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
    });
    if (warmUp !== undefined) child.send({ kind: 'warm-up', font: warmUp } satisfies ToCutter);
    this.#ref();
  }

  readonly cut: CutFont = (font, text) => {
    this.start();
    return new Promise((resolve, reject) => {
      const id = this.#nextId++;
      this.#pending.set(id, { resolve, reject });
      this.#child?.send({ kind: 'cut', id, font, text } satisfies ToCutter);
      this.#ref();
    });
  };

  /** Ends the process it cuts in, its own or the host it was given: the cut is done, and the host's work long before. */
  close(): void {
    const child = this.#child;
    this.#child = undefined;
    child?.kill('SIGKILL');
  }

  /** The process keeps the build alive only while a cut is outstanding. */
  #ref(): void {
    holdOpenWhile(this.#child, this.#pending.size > 0);
  }
}
