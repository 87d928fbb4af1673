import { expect, test } from 'vitest';
import { buildToc } from '../../../src/lib/toc.ts';

test('h2s become entries with their h3s nested; other depths are left out', () => {
  const toc = buildToc([
    { depth: 2, slug: 'definition', text: 'Definition' },
    { depth: 3, slug: 'limits', text: 'Limits' },
    { depth: 4, slug: 'deep', text: 'Too deep' },
    { depth: 2, slug: 'derivative', text: 'Derivative' },
  ]);
  expect(toc).toEqual([
    { slug: 'definition', text: 'Definition', children: [{ slug: 'limits', text: 'Limits', children: [] }] },
    { slug: 'derivative', text: 'Derivative', children: [] },
  ]);
});

test('an h3 before any h2 is kept at the top level', () => {
  expect(buildToc([{ depth: 3, slug: 'note', text: 'Note' }])).toEqual([{ slug: 'note', text: 'Note', children: [] }]);
});
