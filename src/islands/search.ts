/**
 * Header search over the Pagefind index written at build time. Nothing from
 * Pagefind is fetched until the reader opens search, so reading a page costs
 * no search bytes.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindApi {
  init(): Promise<void>;
  /** `baseUrl` is put in front of every result's URL: the index stores paths inside the build. */
  options(options: { baseUrl?: string }): Promise<void>;
  debouncedSearch(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 8;
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

function renderResults(list: HTMLOListElement, results: readonly PagefindResultData[]): void {
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      const excerpt = document.createElement('p');
      // Pagefind escapes the indexed text and adds only <mark> around matches.
      excerpt.innerHTML = result.excerpt;
      item.append(link, excerpt);
      return item;
    }),
  );
}

export function initSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form.search');
  const input = form?.querySelector<HTMLInputElement>('input');
  const panel = form?.querySelector<HTMLElement>('.search-panel');
  const status = form?.querySelector<HTMLElement>('.search-status');
  const list = form?.querySelector<HTMLOListElement>('.search-results');
  if (!form || !input || !panel || !status || !list) return;
  form.hidden = false;

  const open = () => void loadPagefind();
  input.addEventListener('focus', open, { once: true });
  input.addEventListener('pointerdown', open, { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector('a')?.click();
  });
  input.addEventListener('input', async () => {
    const term = input.value.trim();
    panel.hidden = term === '';
    if (!term) return;
    const search = await (await loadPagefind()).debouncedSearch(term);
    if (!search || input.value.trim() !== term) return; // superseded by a newer keystroke
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    renderResults(list, results);
    status.textContent = results.length === 0 ? `No lessons match “${term}”.` : `${search.results.length} result${search.results.length === 1 ? '' : 's'}`;
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      input.value = '';
      panel.hidden = true;
      input.blur();
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    event.preventDefault();
    input.focus();
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) panel.hidden = true;
  });
}

/** True when a key press belongs to a text field, so page shortcuts must not take it. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select, [role="textbox"]');
}
