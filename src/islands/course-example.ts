/**
 * The <course-example> element: the only example code that loads with the
 * page. It shows the Run/Edit/Reset buttons and, on the first click, loads
 * the part that runs and edits (example-controller.ts). Reading needs none of it.
 */
import { editKey, loadEdit } from './example-storage.ts';

export class CourseExample extends HTMLElement {
  /** The code as the lesson wrote it. */
  source = '';
  /** The output the build printed under it. */
  builtOutput = '';
  /** Where its edit is kept (example-storage.ts). */
  key = '';

  connectedCallback(): void {
    const code = this.querySelector('pre');
    const actions = this.querySelector<HTMLElement>('.example-actions');
    if (!code || !actions || this.source) return;
    this.source = code.textContent ?? '';
    this.builtOutput = this.querySelector('output samp')?.textContent ?? '';
    // Identical examples on one page each keep their own edit.
    let occurrence = 0;
    for (const other of document.querySelectorAll('course-example')) {
      if (other === this) break;
      if (other.querySelector('pre')?.textContent === this.source) occurrence++;
    }
    this.key = editKey(this.source, occurrence);
    actions.hidden = false;
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (button) void controller().then((c) => c.act(this, button.dataset['action'] ?? ''));
    });
    // Warm up on intent, so a Run starts with its worker ready.
    actions.addEventListener('pointerover', () => void controller().then((c) => c.prepare()), { once: true });
    actions.addEventListener('focusin', () => void controller().then((c) => c.prepare()), { once: true });
    if (loadEdit(this.key) !== null) void controller().then((c) => c.restore(this));
  }
}

function controller() {
  return import('./example-controller.ts');
}

customElements.define('course-example', CourseExample);

// Another tab saved or reset an edit (or cleared storage: key null); see example-controller.ts.
addEventListener('storage', ({ key }) => {
  for (const example of document.querySelectorAll<CourseExample>('course-example')) {
    if (example.key && (key === null || key === example.key)) void controller().then((c) => c.follow(example));
  }
});
