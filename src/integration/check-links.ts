/**
 * The build's internal-link check: every `<a href>` on every built page that
 * points inside the site must reach a page that exists and, if it names a
 * fragment, an element with that id. External links are not fetched (the
 * build must not depend on the network).
 */
export interface BuiltPage {
  /** Site path of the page, e.g. `/activations/sigmoid/`. */
  url: string;
  /** The `href` of every `<a>` on the page. */
  hrefs: readonly string[];
  /** The id of every element on the page. */
  ids: ReadonlySet<string>;
}

export interface BrokenLinkReport {
  page: string;
  href: string;
  reason: string;
}

const ORIGIN = 'http://course.invalid';

/** `/a/b/` and `/a/b/index.html` are the same page; `/a/b` is too (the server redirects). */
function normalisePath(pathname: string): string {
  const withoutIndex = pathname.replace(/index\.html$/, '');
  return withoutIndex.endsWith('/') || /\.[a-z0-9]+$/i.test(withoutIndex) ? withoutIndex : `${withoutIndex}/`;
}

function isInternal(href: string, site: URL | undefined): boolean {
  if (href.startsWith('#') || href.startsWith('/') || !/^[a-z][a-z0-9+.-]*:/i.test(href)) return true;
  return site !== undefined && href.startsWith(site.origin);
}

/**
 * @param pages every HTML page of the build, by its path inside the build folder
 * @param assets paths of every other file in the build (for links to downloads)
 * @param base Astro's `base`: the site is served under it, so every internal link starts with it
 */
export function findBrokenLinks(pages: readonly BuiltPage[], assets: ReadonlySet<string>, site?: URL, base = '/'): BrokenLinkReport[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const byPath = new Map(pages.map((page) => [normalisePath(page.url), page]));
  const broken: BrokenLinkReport[] = [];
  for (const page of pages) {
    for (const href of page.hrefs) {
      if (!isInternal(href, site)) continue;
      // Pages sit at their path inside the build; the browser sees them under the base.
      const target = new URL(href.startsWith(site?.origin ?? '\0') ? href.slice(site?.origin.length) : href, ORIGIN + prefix + page.url.slice(1));
      const served = decodeURI(target.pathname);
      if (!served.startsWith(prefix) && `${served}/` !== prefix) {
        broken.push({ page: page.url, href, reason: `points to ${served}, outside the site's base ${prefix}` });
        continue;
      }
      const inBuild = `/${served.slice(prefix.length)}`;
      const path = normalisePath(inBuild);
      const targetPage = byPath.get(path);
      if (!targetPage) {
        if (!assets.has(inBuild)) broken.push({ page: page.url, href, reason: `points to ${served}, which the build does not contain` });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (!fragment) continue;
      if (!targetPage.ids.has(fragment)) broken.push({ page: page.url, href, reason: `points to #${fragment}, but ${served} has no element with that id` });
    }
  }
  return broken;
}
