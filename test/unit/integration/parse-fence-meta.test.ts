import { describe, expect, test } from 'vitest';
import { DEFAULT_TIMEOUT_MS, parseFenceMeta } from '../../../src/integration/examples/parse-fence-meta.ts';

const parse = (lang: string | null, meta: string | null) => parseFenceMeta(lang, meta);

describe('parseFenceMeta', () => {
  test('plain code stays plain: other languages, and TypeScript without a flag', () => {
    expect(parse('py', 'run')).toEqual({ kind: 'plain' });
    expect(parse('ts', null)).toEqual({ kind: 'plain' });
    expect(parse(null, 'run')).toEqual({ kind: 'plain' });
    expect(parse('ts', 'title="x.ts"')).toEqual({ kind: 'plain' });
  });

  test('examples, with their flags', () => {
    expect(parse('ts', 'run')).toEqual({ kind: 'example', throws: false, timeoutMs: DEFAULT_TIMEOUT_MS });
    expect(parse('typescript', 'run throws')).toEqual({ kind: 'example', throws: true, timeoutMs: DEFAULT_TIMEOUT_MS });
    expect(parse('ts', 'run timeout=10s')).toEqual({ kind: 'example', throws: false, timeoutMs: 10_000 });
    expect(parse('ts', 'run  timeout=250ms ')).toEqual({ kind: 'example', throws: false, timeoutMs: 250 });
  });

  test('exercises, solutions and checks: `check=` names any export of the stub', () => {
    expect(parse('ts', 'exercise check=tanh')).toEqual({ kind: 'exercise', check: 'tanh', timeoutMs: DEFAULT_TIMEOUT_MS });
    expect(parse('ts', 'exercise check=meanSquaredError')).toEqual({ kind: 'exercise', check: 'meanSquaredError', timeoutMs: DEFAULT_TIMEOUT_MS });
    expect(parse('ts', 'solution')).toEqual({ kind: 'solution' });
    expect(parse('ts', 'check')).toEqual({ kind: 'check' });
  });

  test('a typo is an error that says what is accepted, never a silently skipped check', () => {
    expect(() => parse('ts', 'run thorws')).toThrowErrorMatchingInlineSnapshot(`[FenceMetaError: \`thorws\` is not an example flag; expected \`run\`, \`throws\` or \`timeout=<n>s\`]`);
    expect(() => parse('ts', 'run timeout=10')).toThrowErrorMatchingInlineSnapshot(`[FenceMetaError: \`timeout=10\` is not a time limit; expected e.g. \`timeout=10s\` or \`timeout=500ms\`]`);
    expect(() => parse('ts', 'run timeout=100000s')).toThrowErrorMatchingInlineSnapshot(`[FenceMetaError: \`timeout=100000s\` is above the ceiling of 60 s for an example; expected at most \`timeout=60s\`]`);
    expect(parse('ts', 'run timeout=60s')).toEqual({ kind: 'example', throws: false, timeoutMs: 60_000 });
    expect(() => parse('ts', 'exercise')).toThrowErrorMatchingInlineSnapshot(`[FenceMetaError: needs one \`check=<name>\`: the exported function of the stub that the check calls, e.g. \`check=sigmoidDerivative\`]`);
    expect(() => parse('ts', 'exercise check=sig-moid')).toThrowErrorMatchingInlineSnapshot(`[FenceMetaError: \`check=sig-moid\` is not the name of a function; expected e.g. \`check=sigmoidDerivative\`]`);
  });
});
