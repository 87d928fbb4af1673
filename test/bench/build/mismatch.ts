/** What a 20,000-line wrong output costs the build to report (issue 10, item 7: 47 s before). */
import { checkOutcome } from '../../../src/integration/examples/check.ts';
import type { Example } from '../../../src/integration/examples/find-examples.ts';

export function measureMismatch(lines = 20_000): { ms: number; messageChars: number } {
  const expected = Array.from({ length: lines }, (_, i) => `value ${i}`).join('\n');
  const actual = Array.from({ length: lines }, (_, i) => `value ${i + 1}`).join('\n');
  const example: Example = { file: 'content/x.mdx', line: 1, code: '', role: 'example', throws: false, timeoutMs: 5_000, expected, outputLine: 9, exercise: undefined };
  const started = performance.now();
  const error = checkOutcome({ example, cached: false, diagnostics: [], result: { kind: 'ok', output: actual } });
  return { ms: performance.now() - started, messageChars: error?.message.length ?? 0 };
}
