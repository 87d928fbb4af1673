import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { afterAll, describe, expect, test } from 'vitest';
import { FontCutter } from '../../../../src/integration/fonts/font-cutter.ts';
import { sfntToWoff } from '../../../../src/integration/fonts/woff.ts';
import { katexWarmUpFont } from '../../../../src/integration/fonts/subset-katex-fonts.ts';
import { forkHelper, SHORT_LIVED_FLAGS } from '../../../../src/integration/helpers/fork-helper.ts';
import { repoRoot } from '../../../helpers/build-site.ts';

/** The cut made in this process, as the cutter's process makes it. */
const cutHere = async (font: Uint8Array, text: string) => Buffer.from(sfntToWoff(await subsetFont(font, text, { targetFormat: 'truetype' })));

// Started as the build starts it: with a warm-up cut, whose result must change no later cut.
const cutter = new FontCutter();
cutter.start(katexWarmUpFont());
afterAll(() => cutter.close());

describe('FontCutter', () => {
  test('cuts a font in its process to exactly what subset-font and the WOFF writer make here', async () => {
    const font = await readFile(join(repoRoot, 'node_modules/katex/dist/fonts/KaTeX_Main-Regular.ttf'));
    const [cut, here] = await Promise.all([cutter.cut(font, 'σ(x)=1+e'), cutHere(font, 'σ(x)=1+e')]);
    expect(new TextDecoder().decode(cut.subarray(0, 4))).toBe('wOFF');
    expect(cut.byteLength).toBeLessThan(font.byteLength / 5);
    expect(Buffer.from(cut).equals(here)).toBe(true);
  });

  test('a file that is not a font is an error that names the step, not a hang', async () => {
    await expect(cutter.cut(new TextEncoder().encode('not a font'), 'x')).rejects.toThrow(/could not cut a KaTeX font/);
    // The process still answers after a failed cut.
    const font = await readFile(join(repoRoot, 'node_modules/katex/dist/fonts/KaTeX_Main-Regular.ttf'));
    expect((await cutter.cut(font, 'x')).byteLength).toBeGreaterThan(0);
  });

  test('a warm-up font that cannot be read costs only the warm-up', async () => {
    const cold = new FontCutter();
    try {
      cold.start(join(repoRoot, 'no-such-font.ttf'));
      const font = await readFile(join(repoRoot, 'node_modules/katex/dist/fonts/KaTeX_Main-Regular.ttf'));
      expect(Buffer.from(await cold.cut(font, 'σ(x)')).equals(await cutHere(font, 'σ(x)'))).toBe(true);
    } finally {
      cold.close();
    }
  });

  test('cuts in the highlighter’s process when the build gives it one, the same cut, and ends that process when closed', async () => {
    const host = forkHelper('highlight-process', { execArgv: ['--single-threaded', ...SHORT_LIVED_FLAGS] });
    const ended = new Promise((resolve) => host.once('exit', resolve));
    const hosted = new FontCutter();
    try {
      hosted.start(katexWarmUpFont(), host);
      const font = await readFile(join(repoRoot, 'node_modules/katex/dist/fonts/KaTeX_Main-Regular.ttf'));
      expect(Buffer.from(await hosted.cut(font, 'σ(x)=1+e')).equals(await cutHere(font, 'σ(x)=1+e'))).toBe(true);
    } finally {
      hosted.close();
    }
    await ended;
  });

  test('a host that has ended is not used: the cutter starts its own process', async () => {
    const host = forkHelper('highlight-process', { execArgv: SHORT_LIVED_FLAGS });
    host.kill();
    await new Promise((resolve) => host.once('exit', resolve));
    const own = new FontCutter();
    try {
      own.start(undefined, host);
      const font = await readFile(join(repoRoot, 'node_modules/katex/dist/fonts/KaTeX_Main-Regular.ttf'));
      expect((await own.cut(font, 'x')).byteLength).toBeGreaterThan(0);
    } finally {
      own.close();
    }
  });
});
