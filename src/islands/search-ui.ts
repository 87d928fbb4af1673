/**
 * Search over the Pagefind index written at build time, loaded by
 * search-box.ts when the reader opens search. Each page found is listed with
 * the sections of it that matched (Pagefind's sub-results, one per heading),
 * so a result leads to the paragraph, not only to the page. ↓ and ↑ move
 * through the results, Enter opens the one in focus (or, from the box, the
 * first), Escape closes.
 */
import { isRealMatch } from './search-match.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface PagefindApi {
  init(): Promise<void>;
  /** `baseUrl` is put in front of every result's URL: the index stores paths inside the build. */
  options(options: { baseUrl?: string }): Promise<void>;
  debouncedSearch(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_PAGES = 6;
/** Sections shown under each page: enough to choose from, few enough to scan. */
const MAX_SECTIONS = 3;
let pagefind: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  // A variable specifier keeps the bundler from resolving a file that only exists after the build.
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const url = `${base}pagefind/pagefind.js`;
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: PagefindApi) => {
    await module.options({ baseUrl: base });
    await module.init();
    return module;
  });
  return pagefind;
}

/** The highlighted words of an excerpt (Pagefind escapes the text and adds only `<mark>`). */
function markedWords(excerpt: string): string[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.querySelectorAll('mark')].map((mark) => mark.textContent ?? '');
}

interface Found {
  page: PagefindResultData;
  sections: PagefindSubResult[];
}

/** Keeps the pages and sections that match the query itself, not only a prefix of it. */
function keepRealMatches(term: string, pages: readonly PagefindResultData[]): Found[] {
  return pages.flatMap((page) => {
    // The page's own entry in sub_results (its URL without a #) is the page link itself.
    const sections = page.sub_results.filter((sub) => sub.url.includes('#') && isRealMatch(term, markedWords(sub.excerpt)));
    const pageMatches = isRealMatch(term, markedWords(page.excerpt)) || sections.length > 0;
    return pageMatches ? [{ page, sections: sections.slice(0, MAX_SECTIONS) }] : [];
  });
}

function entry(className: string, url: string, title: string, excerpt: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = className;
  const link = document.createElement('a');
  link.href = url;
  link.textContent = title;
  const text = document.createElement('p');
  text.innerHTML = excerpt; // escaped by Pagefind, with <mark> around matches
  item.append(link, text);
  return item;
}

function render(list: HTMLOListElement, found: readonly Found[]): void {
  list.replaceChildren(
    ...found.map(({ page, sections }) => {
      const item = entry('search-page', page.url, page.meta.title ?? page.url, page.excerpt);
      if (sections.length > 0) {
        const nested = document.createElement('ol');
        nested.className = 'search-sections';
        nested.append(...sections.map((section) => entry('search-section', section.url, section.title, section.excerpt)));
        item.append(nested);
      }
      return item;
    }),
  );
}

/** ↓/↑ from the box or a result move focus along the result links; ↑ from the first goes back to the box. */
function moveFocus(input: HTMLInputElement, list: HTMLOListElement, step: 1 | -1): void {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = index + step;
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
}

export function startSearch(form: HTMLFormElement, input: HTMLInputElement): void {
  const panel = form.querySelector<HTMLElement>('.search-panel');
  const status = form.querySelector<HTMLElement>('.search-status');
  const list = form.querySelector<HTMLOListElement>('.search-results');
  if (!panel || !status || !list) return;
  void loadPagefind();

  const close = () => {
    panel.hidden = true;
  };
  const search = async () => {
    const term = input.value.trim();
    panel.hidden = term === '';
    if (!term) return;
    const result = await (await loadPagefind()).debouncedSearch(term);
    if (!result || input.value.trim() !== term) return; // superseded by a newer keystroke
    const pages = await Promise.all(result.results.slice(0, MAX_PAGES).map((hit) => hit.data()));
    const found = keepRealMatches(term, pages);
    render(list, found);
    status.textContent = found.length === 0 ? `No lessons match “${term}”.` : `${found.length} page${found.length === 1 ? '' : 's'} found`;
  };
  input.addEventListener('input', () => void search());
  // The reader may have typed before this module arrived.
  if (input.value.trim()) void search();

  form.addEventListener('submit', () => {
    list.querySelector('a')?.click();
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (panel.hidden) return;
      event.preventDefault(); // the arrows move through results, not the page or the caret
      moveFocus(input, list, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Escape') {
      input.value = '';
      close();
      input.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
}
