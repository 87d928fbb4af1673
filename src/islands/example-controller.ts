/**
 * What the example buttons do: Run (in a sandboxed worker, see
 * runner/session.ts), Edit (CodeMirror, loaded on first Edit), Reset; and what
 * an example does when another tab changes its saved edit. Loaded on the
 * first click.
 */
import type { CourseExample } from './course-example.ts';
import { createOutputWriter, type OutputWriter } from './example-output.ts';
import { loadEdit, saveEdit } from './example-storage.ts';
import { count, HEAD_LINES, TAIL_LINES } from './runner/output-limits.ts';
import { rememberBuiltOutput, resetOutput } from './plot-output.ts';
import { prepare, run, TIME_LIMIT_MS, type RunReport } from './runner/session.ts';

export { prepare };

interface Editor {
  code(): string;
  setCode(code: string): void;
  focus(): void;
  destroy(): void;
}

const editors = new WeakMap<CourseExample, Editor>();
/** Examples whose saved edit another tab replaced while this tab had it open (see `follow`). */
const superseded = new WeakSet<CourseExample>();
/** The run in progress, per example: a new Run or a Reset stops it first. */
const runs = new WeakMap<CourseExample, AbortController>();

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
  return editors.get(example)?.code() ?? loadEdit(example.key) ?? example.source;
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

type Finished = Exclude<RunReport['outcome'], { kind: 'cancelled' }>;

function describe(outcome: Finished, ms: number, meantToThrow: boolean): { text: string; kind: 'info' | 'error' } {
  const time = `${Math.max(1, Math.round(ms))} ms`;
  switch (outcome.kind) {
    case 'ok':
      if (outcome.verdict === 'pass') return { text: `Passed: your function agrees with the library (checked in ${time}).`, kind: 'info' };
      if (outcome.verdict === 'fail') return { text: 'Not yet: the output shows the first input where your function and the library differ.', kind: 'error' };
      return { text: `Ran in your browser in ${time}.`, kind: 'info' };
    case 'threw': {
      const where = outcome.line === undefined ? '' : ` at line ${outcome.line}`;
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

/** Said after the status when the output was too long to show whole. */
function omittedNote({ printed, omitted }: Pick<OutputWriter, 'printed' | 'omitted'>): string {
  if (omitted === 0) return '';
  return ` It printed ${count(printed)} lines: shown are the first ${count(HEAD_LINES)} and the last ${count(TAIL_LINES)}.`;
}

function stopRun(example: CourseExample): void {
  runs.get(example)?.abort();
  runs.delete(example);
  example.removeAttribute('aria-busy');
}

async function runExample(example: CourseExample): Promise<void> {
  stopRun(example);
  const controller = new AbortController();
  runs.set(example, controller);
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
  // The build's output (its figures included) is kept for Reset before the first run replaces it.
  rememberBuiltOutput(samp);
  const writer = createOutputWriter(samp);
  const { outcome, ms } = await run(request, (lines) => writer.add(lines), controller.signal);
  // A newer Run or a Reset took over the output; this run has nothing more to say.
  if (outcome.kind === 'cancelled') return;
  runs.delete(example);
  if (outcome.kind === 'threw') writer.add([outcome.error]);
  writer.flush();
  example.removeAttribute('aria-busy');
  // A lesson's `throws` example is meant to throw as the lesson wrote it; an edit that throws is an error.
  const { text, kind } = describe(outcome, ms, 'throws' in example.dataset && code === example.source);
  status(example, text + omittedNote(writer), kind);
  // An exercise's verdict, for islands/reader/progress.ts, which remembers passed exercises.
  if (check !== undefined) example.dataset['verdict'] = outcome.kind === 'ok' ? (outcome.verdict ?? 'none') : outcome.kind;
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
      saveEdit(example.key, example.source, code);
      if (superseded.delete(example)) parts(example).caption.querySelector('.example-status')?.remove();
      reset.hidden = code === example.source;
    },
    onRun: () => void runExample(example),
  });
  editors.set(example, editor);
  edit.hidden = true;
  return editor;
}

/** The lesson's highlighted lines, kept from first sight so Reset can put them back. */
const highlighted = new WeakMap<CourseExample, Node[]>();
function codeLines(example: CourseExample): Node[] {
  return highlighted.get(example) ?? [document.createTextNode(example.source)];
}
function keepHighlighting(example: CourseExample): void {
  const code = parts(example).pre.querySelector('code');
  if (code && !highlighted.has(example) && !('edited' in example.dataset)) highlighted.set(example, [...code.childNodes].map((node) => node.cloneNode(true)));
}

/** Shows the lesson's code, or a kept edit as plain text, in the (closed) example. */
function showCode(example: CourseExample, edit: string | null): void {
  const { pre, reset } = parts(example);
  keepHighlighting(example);
  const code = pre.querySelector('code');
  if (edit === null) {
    code?.replaceChildren(...codeLines(example).map((node) => node.cloneNode(true)));
    delete example.dataset['edited'];
  } else {
    if (code) code.textContent = edit;
    example.dataset['edited'] = '';
  }
  reset.hidden = edit === null;
}

function resetExample(example: CourseExample): void {
  stopRun(example);
  const { pre, samp, edit, caption } = parts(example);
  saveEdit(example.key, example.source, null);
  const editor = editors.get(example);
  if (editor) {
    editor.destroy();
    editors.delete(example);
  }
  pre.hidden = false;
  showCode(example, null);
  resetOutput(samp, example.builtOutput);
  caption.hidden = example.builtOutput === '';
  caption.querySelector('.example-status')?.remove();
  edit.hidden = false;
  edit.focus();
}

/** A kept edit is shown (as plain text) in place of the lesson's code when the page loads. */
export function restore(example: CourseExample): void {
  const edit = loadEdit(example.key);
  if (edit !== null) showCode(example, edit);
}

/**
 * Another tab saved or reset this example's edit. A closed example follows
 * it. An open editor keeps what the reader is typing, and says that the saved
 * version is now another tab's, until the reader's next change saves theirs.
 */
export function follow(example: CourseExample): void {
  const saved = loadEdit(example.key);
  const editor = editors.get(example);
  if (!editor) return showCode(example, saved);
  if (editor.code() === (saved ?? example.source)) return;
  parts(example).caption.hidden = false;
  superseded.add(example);
  status(
    example,
    saved === null
      ? 'You reset this example in another tab, so the edit shown here is no longer saved. Change it to save it again.'
      : 'You changed this example in another tab; that version is the one saved now. Change this one to save it instead.',
    'info',
  );
}

export async function act(example: CourseExample, action: string): Promise<void> {
  keepHighlighting(example);
  if (action === 'run') await runExample(example);
  else if (action === 'edit') (await openEditor(example)).focus();
  else if (action === 'reset') resetExample(example);
}
