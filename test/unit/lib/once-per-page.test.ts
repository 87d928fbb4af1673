import { describe, expect, test } from 'vitest';
import { firstOnPage } from '../../../src/lib/once-per-page.ts';

describe('firstOnPage', () => {
  test('is true once per page and key: a second explorer on a page adds no second script, another page gets its own', () => {
    const page = new Request('http://localhost/ch/one/');
    expect(firstOnPage(page, 'island-script:function-explorer')).toBe(true);
    expect(firstOnPage(page, 'island-script:function-explorer')).toBe(false);
    expect(firstOnPage(page, 'island-script:reader')).toBe(true);
    expect(firstOnPage(new Request('http://localhost/ch/one/'), 'island-script:function-explorer')).toBe(true);
  });
});
