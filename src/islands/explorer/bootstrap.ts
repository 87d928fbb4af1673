/**
 * Defines `<function-explorer>`, and is the only explorer code that loads with the page. Until it runs (or
 * without JavaScript) the element is the build's static picture: the plot with its tangent at the initial
 * x, the readout, and disabled controls. When an explorer comes within 200px of the viewport, this imports
 * explorer.ts, which enables the controls; a reader who never scrolls there never downloads it.
 */

/** How far outside the viewport an explorer starts loading: about a screenful of scrolling at reading speed. */
const ROOT_MARGIN = '200px 0px';

function load(element: HTMLElement): void {
  element.dataset['state'] = 'loading';
  import('./explorer.ts').then(
    ({ startExplorer }) => {
      startExplorer(element);
      // The controls work from the start, so x may have moved while this loaded: draw where it is now.
      const range = element.querySelector('input[type="range"]');
      if (range instanceof HTMLInputElement && range.value !== range.defaultValue) range.dispatchEvent(new Event('input'));
    },
    (error: unknown) => {
      // The static picture stays readable; the controls stay disabled rather than half working.
      element.dataset['state'] = 'failed';
      throw error;
    },
  );
}

// One observer for every explorer on the page. IntersectionObserver is Baseline since 2019; without it
// (a very old browser) an explorer loads at once instead of never.
const observer =
  typeof IntersectionObserver === 'function'
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            observer?.unobserve(entry.target);
            if (entry.target instanceof HTMLElement) load(entry.target);
          }
        },
        { rootMargin: ROOT_MARGIN },
      )
    : undefined;

export class FunctionExplorerElement extends HTMLElement {
  connectedCallback(): void {
    if (this.dataset['state']) return; // moved in the DOM after loading: nothing to redo
    // A keyboard reader can tab to the controls before scrolling near them, so they are enabled now
    // and focus loads the explorer at once (issue 14); explorer.ts starts from their current value.
    for (const control of this.querySelectorAll('input')) control.disabled = false;
    this.addEventListener('focusin', () => this.dataset['state'] || (observer?.unobserve(this), load(this)), { once: true });
    if (observer) observer.observe(this);
    else load(this);
  }

  disconnectedCallback(): void {
    observer?.unobserve(this);
  }
}

if (!customElements.get('function-explorer')) customElements.define('function-explorer', FunctionExplorerElement);
