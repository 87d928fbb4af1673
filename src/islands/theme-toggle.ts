/**
 * The theme toggle. The preference lives in localStorage under `theme`; with
 * none stored, the page follows the system setting, live.
 */
type Theme = 'light' | 'dark';

const root = document.documentElement;

function apply(theme: Theme, button: HTMLButtonElement): void {
  root.dataset['theme'] = theme;
  button.setAttribute('aria-pressed', String(theme === 'dark'));
}

function stored(): Theme | null {
  try {
    const value = localStorage.getItem('theme');
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null; // storage disabled: the toggle still works for this page
  }
}

export function initThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('.theme-toggle');
  if (!button) return;
  const system = matchMedia('(prefers-color-scheme: dark)');
  apply(root.dataset['theme'] === 'dark' ? 'dark' : 'light', button);
  system.addEventListener('change', () => {
    if (!stored()) apply(system.matches ? 'dark' : 'light', button);
  });
  button.addEventListener('click', () => {
    const next: Theme = root.dataset['theme'] === 'dark' ? 'light' : 'dark';
    apply(next, button);
    try {
      localStorage.setItem('theme', next);
    } catch {
      // storage disabled: keep the choice for this page only
    }
  });
}
