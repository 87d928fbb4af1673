/**
 * The font cutter's process (font-cutter.ts is the other end): harfbuzz, as
 * subset-font runs it, cuts each font to the characters it is given, and
 * woff.ts wraps the cut as WOFF.
 *
 * Why a process: V8 compiles harfbuzz's WebAssembly twice, at once with its
 * baseline compiler and then, in the background, with its optimizing one.
 * That second compile, about 0.6 s of a core, outlives the cut, and the build's
 * own process could not exit until it was done. Here it is started with
 * `--liftoff-only` (the baseline code cuts KaTeX's few fonts as fast), and
 * the process is killed once its last answer arrives.
 *
 * It also cuts ahead (precut-katex-fonts.ts): given the HTML of the formulas
 * the lessons rendered, it works out here which faces they draw and which
 * characters, and cuts those, off the build's thread, which is busy with
 * Vite's client bundle then. Every cut is kept by font and characters, so the
 * cut after the build that asks for the same is answered with it.
 */
import { readFile } from 'node:fs/promises';
import subsetFont from 'subset-font';
import { memoizeCut, precutKatexFonts } from './precut-katex-fonts.ts';
import { sfntToWoff } from './woff.ts';

export type ToCutter = { type: 'cut'; id: number; font: Uint8Array; text: string } | { type: 'precut'; formulas: string[] };
export type FromCutter = { id: number; cut: Uint8Array } | { id: number; error: string };

/** `font` cut to the characters of `text`, as WOFF. */
async function cut(font: Uint8Array, text: string): Promise<Uint8Array> {
  return sfntToWoff(await subsetFont(Buffer.from(font.buffer, font.byteOffset, font.byteLength), text, { targetFormat: 'truetype' }));
}

const cutOnce = memoizeCut(cut);

process.on('message', (message: ToCutter) => {
  // A failed cut ahead is asked again after the build, whose error is then the build's.
  if (message.type === 'precut') return void precutKatexFonts(message.formulas, cutOnce).catch(() => undefined);
  const { id, font, text } = message;
  cutOnce(font, text).then(
    (made) => process.send?.({ id, cut: made } satisfies FromCutter),
    (error: unknown) => process.send?.({ id, error: error instanceof Error ? error.message : String(error) } satisfies FromCutter),
  );
});

// The warm-up cut (font-cutter.ts): its result is dropped, and a failure only means no warm-up.
const warmUp = process.argv[2];
if (warmUp) void readFile(warmUp).then((font) => cut(font, 'x+1=(0)')).catch(() => undefined);
