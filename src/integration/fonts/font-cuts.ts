/**
 * The font cutter's work, in whichever helper process does it (font-cutter.ts
 * is the other end): harfbuzz, as subset-font runs it, cuts each font to the
 * characters it is given, and woff.ts wraps the cut as WOFF. A build whose
 * highlighter runs on V8's quicker compilers (up to 100 distinct blocks,
 * highlight-ahead.ts) cuts in the highlighter's process, idle by then
 * (highlight-process.ts); any other has the cutter's own process
 * (font-cutter-process.ts).
 *
 * subset-font is loaded with the first request, so a highlighter that is
 * never asked to cut does not load it.
 */
import { readFile } from 'node:fs/promises';
import { sendToParent } from '../helpers/parent-channel.ts';
import { sfntToWoff } from './woff.ts';

export type ToCutter =
  /** Cut `font` (TrueType) to the characters of `text`. */
  | { kind: 'cut'; id: number; font: Uint8Array; text: string }
  /** Cut the font file at `font` once, for nothing, so the first real cut finds harfbuzz's code compiled. */
  | { kind: 'warm-up'; font: string };
export type FromCutter = { id: number; cut: Uint8Array } | { id: number; error: string };

let subsetFont: Promise<(typeof import('subset-font'))['default']> | undefined;

/** `font` cut to the characters of `text`, as WOFF. */
async function cut(font: Uint8Array, text: string): Promise<Uint8Array> {
  subsetFont ??= import('subset-font').then((module) => module.default);
  return sfntToWoff(await (await subsetFont)(Buffer.from(font), text, { targetFormat: 'truetype' }));
}

function isToCutter(message: unknown): message is ToCutter {
  return typeof message === 'object' && message !== null && 'kind' in message && (message.kind === 'cut' || message.kind === 'warm-up');
}

/** From now on, this process answers the font cutter's requests (and leaves its other messages alone). */
export function serveFontCuts(): void {
  process.on('message', (message: unknown) => {
    if (!isToCutter(message)) return;
    if (message.kind === 'warm-up') {
      // Its result is dropped, and a failure only means no warm-up.
      void readFile(message.font)
        .then((font) => cut(font, 'x+1=(0)'))
        .catch(() => undefined);
      return;
    }
    const { id, font, text } = message;
    cut(font, text).then(
      (made) => sendToParent({ id, cut: made } satisfies FromCutter),
      (error: unknown) => sendToParent({ id, error: error instanceof Error ? error.message : String(error) } satisfies FromCutter),
    );
  });
}
