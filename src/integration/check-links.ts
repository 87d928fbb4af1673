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
 * @param pages every HTML page of the build
 * @param assets site paths of every other file in the build (for links to downloads)
 */
export function findBrokenLinks(pages: readonly BuiltPage[], assets: ReadonlySet<string>, site?: URL): BrokenLinkReport[] {
  const byPath = new Map(pages.map((page) => [normalisePath(page.url), page]));
  const broken: BrokenLinkReport[] = [];
  for (const page of pages) {
    for (const href of page.hrefs) {
      if (!isInternal(href, site)) continue;
      const target = new URL(href.startsWith(site?.origin ?? '\0') ? href.slice(site?.origin.length) : href, ORIGIN + page.url);
      const path = normalisePath(decodeURI(target.pathname));
      const targetPage = byPath.get(path);
      if (!targetPage) {
        if (!assets.has(decodeURI(target.pathname))) broken.push({ page: page.url, href, reason: `points to ${path}, which the build does not contain` });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (!fragment) continue;
      if (!targetPage.ids.has(fragment)) broken.push({ page: page.url, href, reason: `points to #${fragment}, but ${path} has no element with that id` });
    }
  }
  return broken;
}
