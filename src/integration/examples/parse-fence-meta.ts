/**
 * The example fence grammar. A TypeScript fence becomes an example when its
 * meta (the words after the language) contains `run`:
 *
 *   ```ts run                  run it; its output must match the next ```output fence
 *   ```ts run throws           it must throw; the error becomes its expected output
 *   ```ts run timeout=10s      a longer time limit (default 5 s, at most 60 s); `ms` or `s`
 *
 * An exercise is a stub the reader completes, its reference solution, and how it is checked:
 *
 *   ```ts exercise check=sigmoidDerivative   the stub; `check=` names the export the check calls
 *   ```ts solution                           must follow; the build requires it to pass the check
 *   ```ts check                              must follow; exports { reference, inputs, note? }
 *
 * The check (example-runtime/exercise.ts) calls the reader's export on every
 * input and compares it with `reference`; the build requires the stub to fail.
 *
 * Words are separated by spaces; anything else is an error, so a typo such as
 * `ts run thorws` cannot silently turn a check off.
 */

export const DEFAULT_TIMEOUT_MS = 5_000;

/**
 * The longest limit a fence may ask for. Every build runs every changed
 * example, so an example that needs more than a minute makes every build of
 * the course wait that long: such work belongs in the library's own tests.
 */
export const MAX_TIMEOUT_MS = 60_000;

export type FenceMeta =
  | { kind: 'plain' }
  | { kind: 'example'; throws: boolean; timeoutMs: number }
  | { kind: 'exercise'; check: string; timeoutMs: number }
  | { kind: 'solution' }
  | { kind: 'check' };

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

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function parseExercise(words: readonly string[]): FenceMeta {
  const checks = words.filter((word) => word.startsWith('check='));
  const check = checks[0]?.slice('check='.length);
  if (checks.length !== 1 || !check) throw new FenceMetaError('needs one `check=<name>`: the exported function of the stub that the check calls, e.g. `check=sigmoidDerivative`');
  if (!IDENTIFIER.test(check)) throw new FenceMetaError(`\`check=${check}\` is not the name of a function; expected e.g. \`check=sigmoidDerivative\``);
  const stray = words.find((word) => word !== 'exercise' && !word.startsWith('check='));
  if (stray) throw new FenceMetaError(`\`${stray}\` is not an exercise flag; expected \`exercise check=<function>\``);
  return { kind: 'exercise', check, timeoutMs: DEFAULT_TIMEOUT_MS };
}

export function parseFenceMeta(lang: string | null | undefined, meta: string | null | undefined): FenceMeta {
  const words = (meta ?? '').split(/\s+/).filter(Boolean);
  if (!lang || !EXAMPLE_LANGS.has(lang)) return { kind: 'plain' };
  if (words.includes('exercise')) return parseExercise(words);
  if (words.length === 1 && words[0] === 'solution') return { kind: 'solution' };
  if (words.length === 1 && words[0] === 'check') return { kind: 'check' };
  if (!words.includes('run')) return { kind: 'plain' };
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
      if (duration > MAX_TIMEOUT_MS) {
        throw new FenceMetaError(`\`${word}\` is above the ceiling of ${MAX_TIMEOUT_MS / 1000} s for an example; expected at most \`timeout=${MAX_TIMEOUT_MS / 1000}s\``);
      }
      timeoutMs = duration;
      continue;
    }
    throw new FenceMetaError(`\`${word}\` is not an example flag; expected \`run\`, \`throws\` or \`timeout=<n>s\``);
  }
  return { kind: 'example', throws, timeoutMs };
}
