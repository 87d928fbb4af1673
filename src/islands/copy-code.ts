/**
 * Adds a Copy button to every highlighted code block. Without JavaScript there
 * is no button, and the code is still plain selectable text.
 */
export function initCopyButtons(): void {
  for (const pre of document.querySelectorAll<HTMLPreElement>('pre.astro-code')) {
    const wrapper = document.createElement('div');
    wrapper.className = 'code-block';
    pre.replaceWith(wrapper);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', 'Copy code to clipboard');
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(pre.innerText.replace(/\n$/, ''));
        button.textContent = 'Copied';
      } catch {
        button.textContent = 'Press Ctrl+C';
        getSelection()?.selectAllChildren(pre);
      }
      setTimeout(() => (button.textContent = 'Copy'), 2000);
    });
    wrapper.append(pre, button);
  }
}
