import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontverter from 'fontverter';
import subsetFont from 'subset-font';
import { describe, expect, test } from 'vitest';
import { sfntToWoff } from '../../../../src/integration/fonts/woff.ts';
import { repoRoot } from '../../../helpers/build-site.ts';

/** An sfnt's tables by tag, each with its checksum as the directory gives it. */
function tables(sfnt: Uint8Array): Map<string, { checksum: number; data: string }> {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const found = new Map<string, { checksum: number; data: string }>();
  for (let index = 0; index < view.getUint16(4); index++) {
    const entry = 12 + index * 16;
    const tag = String.fromCharCode(...sfnt.subarray(entry, entry + 4));
    const offset = view.getUint32(entry + 8);
    found.set(tag, { checksum: view.getUint32(entry + 4), data: Buffer.from(sfnt.subarray(offset, offset + view.getUint32(entry + 12))).toString('hex') });
  }
  return found;
}

const cut = async (text: string) =>
  subsetFont(await readFile(join(repoRoot, 'node_modules/katex/dist/fonts/KaTeX_Main-Regular.ttf')), text, { targetFormat: 'truetype' });

describe('sfntToWoff', () => {
  test('another WOFF decoder (fontverter’s) gets back every table of the font, checksums and all', async () => {
    const sfnt = await cut('σ(x)=1+e^{-x}');
    const woff = sfntToWoff(sfnt);
    expect(new TextDecoder().decode(woff.subarray(0, 4))).toBe('wOFF');
    expect(woff.byteLength).toBeLessThan(sfnt.byteLength * 0.8);
    const decoded = await fontverter.convert(Buffer.from(woff), 'truetype', 'woff');
    expect(tables(decoded)).toEqual(tables(sfnt));
  });

  test('its header and directory are those fontverter writes for the same font, the compressed bytes aside', async () => {
    const sfnt = await cut('abc');
    const ours = new DataView(sfntToWoff(sfnt).buffer);
    const theirs = new DataView((await fontverter.convert(sfnt, 'woff', 'truetype')).buffer.slice(0));
    // Signature, flavour, table count, reserved, total sfnt size and version: everything but the file's length.
    for (const at of [0, 4, 12, 14, 16, 20, 22]) expect(ours.getUint16(at)).toBe(theirs.getUint16(at));
    for (let index = 0; index < ours.getUint16(12); index++) {
      const entry = 44 + index * 20;
      // Tag, original length and checksum.
      for (const at of [0, 12, 16]) expect(ours.getUint32(entry + at)).toBe(theirs.getUint32(entry + at));
    }
  });

  test('a table that zlib would only make longer is stored as it is', () => {
    const view = new DataView(sfntToWoff(sfntOf({ tag: 'abcd', bytes: [1, 2, 3, 4, 5] })).buffer);
    expect(view.getUint32(44 + 8)).toBe(5);
    expect(view.getUint32(44 + 12)).toBe(5);
  });

  test('what is not an sfnt font is an error, not a file', () => {
    expect(() => sfntToWoff(new TextEncoder().encode('not a font'))).toThrow(/not an sfnt font/);
    expect(() => sfntToWoff(sfntOf({ tag: 'abcd', bytes: [1, 2, 3] }).subarray(0, 30))).toThrow(/runs past its end/);
  });
});

/** A one-table sfnt. */
function sfntOf({ tag, bytes }: { tag: string; bytes: number[] }): Uint8Array {
  const sfnt = new Uint8Array(12 + 16 + bytes.length);
  const view = new DataView(sfnt.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, 1);
  sfnt.set(new TextEncoder().encode(tag), 12);
  view.setUint32(12 + 8, 28);
  view.setUint32(12 + 12, bytes.length);
  sfnt.set(bytes, 28);
  return sfnt;
}
