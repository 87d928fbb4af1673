/**
 * What a Copy button does (the buttons are in the HTML, see
 * integration/rehype-copy-buttons.ts); loaded on the first click. It copies
 * the code the reader sees: the editor's lines while an example is being
 * edited, else the block's text.
 */

/** The block a button belongs to: after its bar, or in its example's figure. */
function blockOf(button: Element): HTMLElement | null {
  const bar = button.closest('.code-bar');
  const pre = bar ? bar.nextElementSibling : button.closest('figure')?.querySelector('pre.astro-code');
  return pre instanceof HTMLElement ? pre : null;
}

function visibleCode(button: Element, pre: HTMLElement | null): string {
  const lines = button.closest('course-example')?.querySelectorAll('.example-editor .cm-line');
  if (lines && lines.length > 0) return [...lines].map((line) => line.textContent ?? '').join('\n');
  return pre?.innerText.replace(/\n$/, '') ?? '';
}

export async function copyCode(button: HTMLButtonElement): Promise<void> {
  const pre = blockOf(button);
  try {
    await navigator.clipboard.writeText(visibleCode(button, pre));
    button.textContent = 'Copied';
  } catch {
    button.textContent = 'Press Ctrl+C';
    if (pre) getSelection()?.selectAllChildren(pre);
  }
  setTimeout(() => (button.textContent = 'Copy'), 2000);
}
