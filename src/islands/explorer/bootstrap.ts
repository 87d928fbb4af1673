/**
 * Defines `<function-explorer>`, and is the only explorer code that loads with the page. Without
 * JavaScript the element is the build's static picture: the plot with its tangent at the initial x, the
 * readout, and disabled controls. This enables the controls at once, and imports explorer.ts, which makes
 * them move the picture, when an explorer comes within 200px of the viewport or one of its controls gets
 * focus; a reader who never goes there never downloads it.
 */

/** How far outside the viewport an explorer starts loading: about a screenful of scrolling at reading speed. */
const ROOT_MARGIN = '200px 0px';

/** The controls work as soon as this runs (see connectedCallback), and stop if the island cannot load. */
function setControls(element: HTMLElement, disabled: boolean): void {
  element.querySelectorAll('input').forEach((input) => (input.disabled = disabled));
}

function load(element: HTMLElement): void {
  if (element.dataset['state']) return; // focus and scrolling near may both ask
  observer?.unobserve(element);
  element.dataset['state'] = 'loading';
  import('./explorer.ts')
    .then(async ({ startExplorer }) => {
      await startExplorer(element);
      // x may have moved (slider or number box) while this loaded: draw where it is now.
      for (const input of element.querySelectorAll('input')) {
        if (input.value !== input.defaultValue) input.dispatchEvent(new Event('input'));
      }
    })
    .catch((error: unknown) => {
      // The static picture stays readable; the controls are disabled rather than half working.
      element.dataset['state'] = 'failed';
      setControls(element, true);
      throw error;
    });
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
    // and focus loads the explorer at once (issue 14).
    setControls(this, false);
    this.addEventListener('focusin', () => load(this), { once: true });
    if (observer) observer.observe(this);
    else load(this);
  }

  disconnectedCallback(): void {
    observer?.unobserve(this);
  }
}

if (!customElements.get('function-explorer')) customElements.define('function-explorer', FunctionExplorerElement);
