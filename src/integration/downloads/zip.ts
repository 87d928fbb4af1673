/**
 * Packs a download's files into a .zip. Every entry gets the same fixed date
 * and the entries are sorted, so an unchanged course builds byte-identical zips.
 *
 * Most of a course's files (the library, the display code) are in every
 * lesson's zip, so each distinct text is deflated once per build, by Node's
 * zlib (native, several times faster than deflating in JavaScript), and its
 * bytes are reused by every zip that holds it. fflate writes the container.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { strToU8, Zip, type ZipInputFile } from 'fflate';

/** 1 January 2000: any fixed date would do; zip's own epoch (1980) is not accepted by every tool. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** Method 8 of the zip format (APPNOTE 4.4.5). */
const DEFLATE = 8;

interface Deflated {
  data: Uint8Array<ArrayBuffer>;
  size: number;
  crc: number;
}

/** Text → its deflated bytes, for the life of the build process (a course's files are a few MB at most). */
const deflated = new Map<string, Deflated>();

function deflate(text: string): Deflated {
  let entry = deflated.get(text);
  if (!entry) {
    const bytes = strToU8(text);
    // A copy into a plain Uint8Array: fflate's types take no Buffer (its memory could be shared).
    entry = { data: new Uint8Array(deflateRawSync(bytes, { level: 9 })), size: bytes.length, crc: crc32(bytes) };
    deflated.set(text, entry);
  }
  return entry;
}

/**
 * @param files path inside the zip → text
 * @example
 * zipFiles(new Map([['3.1-sigmoid/README.md', '# 3.1 Sigmoid\n']])); // returns the zip's bytes (a Uint8Array)
 */
export function zipFiles(files: ReadonlyMap<string, string>): Uint8Array {
  const chunks: Uint8Array[] = [];
  // With no asynchronous entries, fflate calls back synchronously, before end() returns.
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const path of [...files.keys()].toSorted()) {
    const { data, size, crc } = deflate(files.get(path)!);
    const entry: ZipInputFile = { filename: path, size, crc, compression: DEFLATE, mtime: FIXED_DATE };
    zip.add(entry);
    entry.ondata!(null, data, true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
