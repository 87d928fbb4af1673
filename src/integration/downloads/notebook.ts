/**
 * A Jupyter notebook, nbformat 4.5 (https://nbformat.readthedocs.io/en/latest/format_description.html),
 * for the Deno kernel (`deno jupyter`, TypeScript). Plain data in, the
 * notebook's JSON text out; nothing here knows about lessons.
 */

/** What a code cell printed: lines on stdout, a figure (its forms by MIME type), or the error it stopped with. */
export type CellOutput =
  | { kind: 'stream'; text: string }
  | { kind: 'display'; data: Readonly<Record<string, string>> }
  | { kind: 'error'; name: string; message: string };

export type CellSpec =
  | { kind: 'markdown'; text: string }
  | {
      kind: 'code';
      code: string;
      outputs: readonly CellOutput[];
      /**
       * Cell tags. `raises-exception` marks a cell that is meant to throw,
       * the convention nbclient and nbconvert follow to run on past it.
       */
      tags?: readonly string[];
    };

/** Text as nbformat stores it: a list of lines, each but the last keeping its `\n`. */
function lines(text: string): string[] {
  return text.split(/(?<=\n)/);
}

function outputJson(output: CellOutput): Record<string, unknown> {
  if (output.kind === 'stream') return { output_type: 'stream', name: 'stdout', text: lines(output.text) };
  if (output.kind === 'display') return { output_type: 'display_data', data: Object.fromEntries(Object.entries(output.data).map(([type, text]) => [type, lines(text)])), metadata: {} };
  return { output_type: 'error', ename: output.name, evalue: output.message, traceback: [`${output.name}: ${output.message}`] };
}

function cellJson(cell: CellSpec, index: number, executionCount: number): Record<string, unknown> {
  // Ids only need to be unique in the notebook; position-based ones keep the file the same from build to build.
  const id = `cell-${index + 1}`;
  if (cell.kind === 'markdown') return { cell_type: 'markdown', id, metadata: {}, source: lines(cell.text) };
  return {
    cell_type: 'code',
    id,
    metadata: cell.tags && cell.tags.length > 0 ? { tags: [...cell.tags] } : {},
    execution_count: executionCount,
    source: lines(cell.code.replace(/\n+$/, '')),
    outputs: cell.outputs.map(outputJson),
  };
}

/**
 * The notebook's JSON, with every code cell numbered as "Run all" would number it.
 * @example
 * createNotebook([{ kind: 'code', code: 'console.log(1);', outputs: [{ kind: 'stream', text: '1\n' }] }]);
 * // returns '{ "cells": [ { "cell_type": "code", … "outputs": [ { "output_type": "stream", "name": "stdout", "text": [ "1\n" ] } ] } ], … }'
 */
export function createNotebook(cells: readonly CellSpec[]): string {
  let count = 0;
  const notebook = {
    cells: cells.map((cell, index) => cellJson(cell, index, cell.kind === 'code' ? ++count : 0)),
    metadata: {
      kernelspec: { name: 'deno', display_name: 'Deno', language: 'typescript' },
      language_info: {
        name: 'typescript',
        file_extension: '.ts',
        mimetype: 'text/x.typescript',
        codemirror_mode: 'typescript',
        nbconvert_exporter: 'script',
        pygments_lexer: 'typescript',
      },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return `${JSON.stringify(notebook, null, 1)}\n`;
}
