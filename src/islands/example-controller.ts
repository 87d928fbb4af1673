/**
 * What the example buttons do: Run (in a worker, see runner/session.ts), Edit
 * (CodeMirror, loaded on first Edit), Reset. Loaded on the first click.
 */
import type { CourseExample } from './course-example.ts';
import { loadEdit, saveEdit } from './example-storage.ts';
import { resetOutput, writeOutput } from './plot-output.ts';
import { prepare, run, TIME_LIMIT_MS, type RunReport } from './runner/session.ts';

export { prepare };

interface Editor {
  code(): string;
  setCode(code: string): void;
  focus(): void;
  destroy(): void;
}

const editors = new WeakMap<CourseExample, Editor>();

function parts(example: CourseExample) {
  const find = <T extends Element>(selector: string) => {
    const element = example.querySelector<T>(selector);
    if (!element) throw new Error(`<course-example> is missing ${selector}`);
    return element;
  };
  return {
    pre: find<HTMLPreElement>('pre'),
    caption: find<HTMLElement>('figcaption'),
    samp: find<HTMLElement>('output samp'),
    reset: find<HTMLButtonElement>('button[data-action="reset"]'),
    edit: find<HTMLButtonElement>('button[data-action="edit"]'),
  };
}

/** The code a Run runs: the editor's, else a kept edit, else the lesson's own. */
function currentCode(example: CourseExample): string {
  return editors.get(example)?.code() ?? loadEdit(example.source) ?? example.source;
}

function status(example: CourseExample, text: string, kind: 'info' | 'error'): void {
  const { caption } = parts(example);
  let line = caption.querySelector<HTMLElement>('.example-status');
  if (!line) {
    line = document.createElement('p');
    line.className = 'example-status';
    line.setAttribute('role', 'status');
    caption.append(line);
  }
  line.dataset['kind'] = kind;
  line.textContent = text;
}

function describe(report: RunReport, meantToThrow: boolean): { text: string; kind: 'info' | 'error' } {
  const time = `${Math.max(1, Math.round(report.ms))} ms`;
  switch (report.outcome.kind) {
    case 'ok':
      if (report.outcome.verdict === 'pass') return { text: `Passed: your function agrees with the library (checked in ${time}).`, kind: 'info' };
      if (report.outcome.verdict === 'fail') return { text: 'Not yet: the output shows the first input where your function and the library differ.', kind: 'error' };
      return { text: `Ran in your browser in ${time}.`, kind: 'info' };
    case 'threw': {
      const where = report.outcome.line === undefined ? '' : ` at line ${report.outcome.line}`;
      return meantToThrow
        ? { text: `Ran in your browser in ${time}, and threw${where}, as the lesson intends.`, kind: 'info' }
        : { text: `The example threw an error${where}.`, kind: 'error' };
    }
    case 'stopped':
      return {
        text: `Stopped after ${TIME_LIMIT_MS / 1000} s: the example was still running (an endless loop?). The next run starts afresh.`,
        kind: 'error',
      };
  }
}

async function runExample(example: CourseExample): Promise<void> {
  const { caption, samp } = parts(example);
  const code = currentCode(example);
  const { program, check, checkProgram, imports = '', lessonDir = '/' } = example.dataset;
  const context = {
    lessonDir,
    imports: imports.split(' ').filter(Boolean),
    exercise: check !== undefined && checkProgram !== undefined ? { name: check, check: checkProgram } : undefined,
  };
  const request = code === example.source && program !== undefined ? { program, ...context } : { source: code, ...context };
  caption.hidden = false;
  example.setAttribute('aria-busy', 'true');
  status(example, 'Running…', 'info');
  const lines: string[] = [];
  writeOutput(samp, []);
  const report = await run(request, (line) => {
    lines.push(line);
    writeOutput(samp, lines); // text, never HTML; a plot line becomes its figure
  });
  if (report.outcome.kind === 'threw') lines.push(report.outcome.error);
  writeOutput(samp, lines);
  example.removeAttribute('aria-busy');
  // A lesson's `throws` example is meant to throw as the lesson wrote it; an edit that throws is an error.
  const { text, kind } = describe(report, 'throws' in example.dataset && code === example.source);
  status(example, text, kind);
}

async function openEditor(example: CourseExample): Promise<Editor> {
  const existing = editors.get(example);
  if (existing) return existing;
  const { pre, reset, edit } = parts(example);
  const { createEditor } = await import('./editor.ts');
  const host = document.createElement('div');
  host.className = 'example-editor';
  (pre.parentElement?.classList.contains('code-block') ? pre.parentElement : pre).before(host);
  pre.hidden = true;
  prepare('edited');
  const editor = createEditor(host, currentCode(example), {
    onChange: (code) => {
      saveEdit(example.source, code);
      reset.hidden = code === example.source;
    },
    onRun: () => void runExample(example),
  });
  editors.set(example, editor);
  edit.hidden = true;
  return editor;
}

function resetExample(example: CourseExample): void {
  const { pre, samp, reset, edit, caption } = parts(example);
  saveEdit(example.source, null);
  const editor = editors.get(example);
  if (editor) {
    editor.destroy();
    editors.delete(example);
  }
  pre.hidden = false;
  pre.querySelector('code')?.replaceChildren(...codeLines(example));
  resetOutput(samp, example.builtOutput);
  caption.hidden = example.builtOutput === '';
  caption.querySelector('.example-status')?.remove();
  reset.hidden = true;
  edit.hidden = false;
  edit.focus();
}

/** The lesson's highlighted lines, kept from first sight so Reset can put them back. */
const highlighted = new WeakMap<CourseExample, Node[]>();
function codeLines(example: CourseExample): Node[] {
  return highlighted.get(example) ?? [document.createTextNode(example.source)];
}

/** A kept edit is shown (as plain text) in place of the lesson's code when the page loads. */
export function restore(example: CourseExample): void {
  const edit = loadEdit(example.source);
  if (edit === null) return;
  const { pre, reset } = parts(example);
  const code = pre.querySelector('code');
  if (code) {
    highlighted.set(example, [...code.childNodes]);
    code.textContent = edit;
  }
  reset.hidden = false;
  example.dataset['edited'] = '';
}

export async function act(example: CourseExample, action: string): Promise<void> {
  const code = parts(example).pre.querySelector('code');
  if (code && !highlighted.has(example) && !('edited' in example.dataset)) highlighted.set(example, [...code.childNodes].map((node) => node.cloneNode(true)));
  if (action === 'run') await runExample(example);
  else if (action === 'edit') (await openEditor(example)).focus();
  else if (action === 'reset') resetExample(example);
}
