/**
 * The example editor: CodeMirror 6 with TypeScript highlighting, loaded only
 * when a reader presses Edit. Ctrl/Cmd+Enter runs; Tab indents, and Escape
 * then Tab leaves the editor (CodeMirror's documented way out).
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, HighlightStyle, indentOnInput, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { typescript } from '@codemirror/legacy-modes/mode/javascript';
import { EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';

/** Token colours from the page's theme variables, so the editor follows light and dark. */
const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.operatorKeyword, tags.modifier], color: 'var(--code-keyword)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--code-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--code-number)' },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName), tags.definition(tags.variableName)], color: 'var(--code-function)' },
  { tag: [tags.comment], color: 'var(--muted)', fontStyle: 'italic' },
  { tag: [tags.typeName, tags.className], color: 'var(--code-type)' },
]);

export interface EditorCallbacks {
  onChange: (code: string) => void;
  onRun: () => void;
}

export function createEditor(host: HTMLElement, doc: string, { onChange, onRun }: EditorCallbacks) {
  const run = () => {
    onRun();
    return true;
  };
  const view = new EditorView({
    parent: host,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        syntaxHighlighting(highlight),
        // CodeMirror's stream-mode TypeScript: it highlights what examples contain at a
        // fraction of the size of the Lezer grammar with its autocompletion.
        StreamLanguage.define(typescript),
        keymap.of([{ key: 'Mod-Enter', run }, indentWithTab, ...defaultKeymap, ...historyKeymap]),
        EditorView.contentAttributes.of({ 'aria-label': 'Example code (Ctrl+Enter runs it)' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    code: () => view.state.doc.toString(),
    setCode: (code: string) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } }),
    focus: () => view.focus(),
    destroy: () => {
      view.destroy();
      host.remove();
    },
  };
}
