/**
 * Wraps a TrueType (sfnt) font as WOFF 1.0 (https://www.w3.org/TR/WOFF/):
 * the same tables, each compressed with zlib unless that makes it no smaller,
 * behind a WOFF header and table directory.
 *
 * Written here rather than taken from fontverter (through subset-font), whose
 * WOFF writer compresses with pako: in the font cutter's fresh process, pako's
 * JavaScript deflate cost a build about 70 ms of CPU for the 8 faces a chapter
 * uses; Node's zlib is native. The tables and their checksums are the
 * subset's own, so a browser decodes the very font harfbuzz cut.
 */
import { deflateSync } from 'node:zlib';

const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const WOFF_SIGNATURE = 0x77_4f_46_46; // 'wOFF'

const padded = (length: number) => (length + 3) & ~3;

interface Table {
  tag: number;
  checksum: number;
  data: Uint8Array;
}

function tablesOf(sfnt: Uint8Array): { flavor: number; tables: Table[] } {
  if (sfnt.byteLength < SFNT_HEADER) throw new Error('not an sfnt font: too short for its header');
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const count = view.getUint16(4);
  if (sfnt.byteLength < SFNT_HEADER + count * SFNT_ENTRY) throw new Error('not an sfnt font: too short for its table directory');
  const tables: Table[] = [];
  for (let index = 0; index < count; index++) {
    const entry = SFNT_HEADER + index * SFNT_ENTRY;
    const offset = view.getUint32(entry + 8);
    const length = view.getUint32(entry + 12);
    if (offset + length > sfnt.byteLength) throw new Error('not an sfnt font: a table runs past its end');
    tables.push({ tag: view.getUint32(entry), checksum: view.getUint32(entry + 4), data: sfnt.subarray(offset, offset + length) });
  }
  // WOFF's directory is in ascending tag order, as an sfnt's should already be.
  tables.sort((a, b) => a.tag - b.tag);
  return { flavor: view.getUint32(0), tables };
}

export function sfntToWoff(sfnt: Uint8Array): Uint8Array {
  const { flavor, tables } = tablesOf(sfnt);
  const stored = tables.map((table) => {
    const compressed = deflateSync(table.data);
    return { ...table, stored: compressed.byteLength < table.data.byteLength ? compressed : table.data };
  });
  const directoryEnd = WOFF_HEADER + tables.length * WOFF_ENTRY;
  const length = stored.reduce((end, table) => end + padded(table.stored.byteLength), directoryEnd);
  const woff = new Uint8Array(length);
  const view = new DataView(woff.buffer);
  let offset = directoryEnd;
  let sfntSize = SFNT_HEADER + tables.length * SFNT_ENTRY;
  for (const [index, table] of stored.entries()) {
    const entry = WOFF_HEADER + index * WOFF_ENTRY;
    view.setUint32(entry, table.tag);
    view.setUint32(entry + 4, offset);
    view.setUint32(entry + 8, table.stored.byteLength);
    view.setUint32(entry + 12, table.data.byteLength);
    view.setUint32(entry + 16, table.checksum);
    woff.set(table.stored, offset);
    offset += padded(table.stored.byteLength);
    sfntSize += padded(table.data.byteLength);
  }
  view.setUint32(0, WOFF_SIGNATURE);
  view.setUint32(4, flavor);
  view.setUint32(8, length);
  view.setUint16(12, tables.length);
  // The reserved field and the version are 0, and there is no metadata or private block: zeros, as allocated.
  view.setUint32(16, sfntSize);
  return woff;
}
