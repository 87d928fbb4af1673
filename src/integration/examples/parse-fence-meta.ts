/**
 * The example fence grammar. A TypeScript fence becomes an example when its
 * meta (the words after the language) contains `run`:
 *
 *   ```ts run                  run it; its output must match the next ```output fence
 *   ```ts run throws           it must throw; the error becomes its expected output
 *   ```ts run timeout=10s      a longer time limit (default 5 s); `ms` or `s`
 *
 * Words are separated by spaces; anything else is an error, so a typo such as
 * `ts run thorws` cannot silently turn a check off.
 */

export const DEFAULT_TIMEOUT_MS = 5_000;

export type FenceMeta =
  | { kind: 'plain' }
  | { kind: 'example'; throws: boolean; timeoutMs: number };

export class FenceMetaError extends Error {
  override name = 'FenceMetaError';
}

const EXAMPLE_LANGS = new Set(['ts', 'typescript']);

function parseDuration(value: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(ms|s)$/.exec(value);
  if (!match) return undefined;
  const amount = Number(match[1]);
  return match[2] === 's' ? amount * 1000 : amount;
}

export function parseFenceMeta(lang: string | null | undefined, meta: string | null | undefined): FenceMeta {
  const words = (meta ?? '').split(/\s+/).filter(Boolean);
  if (!lang || !EXAMPLE_LANGS.has(lang) || !words.includes('run')) return { kind: 'plain' };
  let throws = false;
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  for (const word of words) {
    if (word === 'run') continue;
    if (word === 'throws') {
      throws = true;
      continue;
    }
    if (word.startsWith('timeout=')) {
      const duration = parseDuration(word.slice('timeout='.length));
      if (duration === undefined || duration <= 0) {
        throw new FenceMetaError(`\`${word}\` is not a time limit; expected e.g. \`timeout=10s\` or \`timeout=500ms\``);
      }
      timeoutMs = duration;
      continue;
    }
    throw new FenceMetaError(`\`${word}\` is not an example flag; expected \`run\`, \`throws\` or \`timeout=<n>s\``);
  }
  return { kind: 'example', throws, timeoutMs };
}
