/** fontverter ships no types; what the WOFF writer's test uses of it, as an independent WOFF decoder. */
declare module 'fontverter' {
  type Format = 'sfnt' | 'truetype' | 'woff' | 'woff2';
  /** The font converted from `fromFormat` (detected when left out) to `toFormat`. */
  export function convert(font: Uint8Array, toFormat: Format, fromFormat?: Format): Promise<Buffer>;
  const fontverter: { convert: typeof convert };
  export default fontverter;
}
