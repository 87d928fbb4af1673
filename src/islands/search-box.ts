/**
 * The header's search box, as much of it as must load with the page: it shows
 * the form (hidden without JavaScript, which search needs) and loads the rest
 * (search-ui.ts, then Pagefind and its index) when the reader opens search:
 * focus, a click, or the `/` key. Reading a page costs no search bytes.
 */
import { isTyping } from './reader/focus.ts';

export function initSearchBox(): void {
  const form = document.querySelector<HTMLFormElement>('form.search');
  const input = form?.querySelector<HTMLInputElement>('input');
  if (!form || !input) return;
  form.hidden = false;
  let started: Promise<void> | undefined;
  const open = () => {
    started ??= import('./search-ui.ts').then(({ startSearch }) => startSearch(form, input));
  };
  input.addEventListener('focus', open, { once: true });
  input.addEventListener('pointerdown', open, { once: true });
  // Until the UI has loaded, Enter must not reload the page with ?q=.
  form.addEventListener('submit', (event) => event.preventDefault());
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    event.preventDefault();
    input.focus();
  });
}
