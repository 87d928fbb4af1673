import { describe, expect, test } from 'vitest';
import { pageFromHtml } from '../../../src/integration/built-site.ts';
import { findBrokenLinks, type BuiltPage } from '../../../src/integration/check-links.ts';

function page(url: string, body: string): BuiltPage {
  return pageFromHtml(url, `<!doctype html><html><body>${body}</body></html>`);
}

const site = new URL('https://course.example/');
const target = page('/ch/two/', '<h2 id="details">Details</h2>');

describe('findBrokenLinks', () => {
  test('accepts links to pages and anchors that exist, in every form the site writes them', () => {
    const links = page(
      '/ch/one/',
      `<a href="/ch/two/">abs</a><a href="../two/">rel</a><a href="/ch/two/#details">anchor</a>
       <a href="/ch/two">no slash</a><a href="/ch/two/index.html">index</a><a href="#top">self</a><h1 id="top">t</h1>
       <a href="/favicon.svg">asset</a><a href="https://course.example/ch/two/">absolute own site</a>`,
    );
    expect(findBrokenLinks([links, target], new Set(['/favicon.svg']), site)).toEqual([]);
  });

  test('leaves external links and other schemes alone (the build must not need the network)', () => {
    const links = page('/ch/one/', '<a href="https://katex.org/missing">x</a><a href="mailto:a@b.c">m</a>');
    expect(findBrokenLinks([links], new Set(), site)).toEqual([]);
  });

  test('reports a missing page and a missing anchor, naming the page and the link', () => {
    const links = page('/ch/one/', '<a href="/ch/three/">p</a><a href="/ch/two/#nowhere">a</a><a href="https://course.example/gone/">own</a>');
    expect(findBrokenLinks([links, target], new Set(), site)).toEqual([
      { page: '/ch/one/', href: '/ch/three/', reason: 'points to /ch/three/, which the build does not contain' },
      { page: '/ch/one/', href: '/ch/two/#nowhere', reason: 'points to #nowhere, but /ch/two/ has no element with that id' },
      { page: '/ch/one/', href: 'https://course.example/gone/', reason: 'points to /gone/, which the build does not contain' },
    ]);
  });
});
