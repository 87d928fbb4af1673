/**
 * Packs a download's files into a .zip with fflate (pure JavaScript, no
 * network, no native code). Every entry gets the same fixed date and the
 * entries are sorted, so an unchanged course builds byte-identical zips.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

/** 1 January 2000: any fixed date would do; zip's own epoch (1980) is not accepted by every tool. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/**
 * @param files path inside the zip → text
 * @example
 * zipFiles(new Map([['3.1-sigmoid/README.md', '# 3.1 Sigmoid\n']])); // returns the zip's bytes (a Uint8Array)
 */
export function zipFiles(files: ReadonlyMap<string, string>): Uint8Array {
  const entries: Zippable = {};
  for (const path of [...files.keys()].toSorted()) entries[path] = [strToU8(files.get(path)!), { mtime: FIXED_DATE }];
  return zipSync(entries, { level: 9 });
}
