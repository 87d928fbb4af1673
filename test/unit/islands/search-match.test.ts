import { describe, expect, test } from 'vitest';
import { isRealMatch } from '../../../src/islands/search-match.ts';

describe('isRealMatch(query, marked)', () => {
  test.each([
    ['xyzzy', ['x', 'x)', '(x:'], false],
    ['softplus', ['softmax'], false],
    ['deriv', ['derivative'], true],
    ['derivatives', ['derivative.'], true],
    ['tanh', ['tanh'], true],
    ['x', ['x'], true],
    ['real scores', ['real', 'scores.'], true],
    ['Jacobian', ['jacobian'], true],
    ['σ', ['σ′(x)'], true],
  ] as const)('%s against %j → %s', (query, marked, expected) => {
    expect(isRealMatch(query, marked)).toBe(expected);
  });

  test('nothing highlighted is no match', () => {
    expect(isRealMatch('sigmoid', [])).toBe(false);
  });
});
