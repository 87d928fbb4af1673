/**
 * The font cutter's process (font-cutter.ts is the other end): harfbuzz, as
 * subset-font runs it, cuts each font to the characters it is given, and
 * woff.ts wraps the cut as WOFF.
 *
 * Why a process: V8 compiles harfbuzz's WebAssembly twice, at once with its
 * baseline compiler and then, in the background, with its optimizing one.
 * That second compile, about 0.6 s of a core, outlives the cut, and the build's
 * own process could not exit until it was done. Here it is started with
 * `--liftoff-only` (the baseline code cuts KaTeX's few fonts as fast; see
 * SHORT_LIVED_FLAGS in helpers/fork-helper.ts), and the process is killed
 * once its last answer arrives.
 */
import { readFile } from 'node:fs/promises';
import subsetFont from 'subset-font';
import { sendToParent } from '../helpers/parent-channel.ts';
import { sfntToWoff } from './woff.ts';

export type ToCutter = { id: number; font: Uint8Array; text: string };
export type FromCutter = { id: number; cut: Uint8Array } | { id: number; error: string };

/** `font` cut to the characters of `text`, as WOFF. */
async function cut(font: Buffer, text: string): Promise<Uint8Array> {
  return sfntToWoff(await subsetFont(font, text, { targetFormat: 'truetype' }));
}

process.on('message', ({ id, font, text }: ToCutter) => {
  cut(Buffer.from(font), text).then(
    (made) => sendToParent({ id, cut: made } satisfies FromCutter),
    (error: unknown) => sendToParent({ id, error: error instanceof Error ? error.message : String(error) } satisfies FromCutter),
  );
});

// The warm-up cut (font-cutter.ts): its result is dropped, and a failure only means no warm-up.
const warmUp = process.argv[2];
if (warmUp) void readFile(warmUp).then((font) => cut(font, 'x+1=(0)')).catch(() => undefined);
