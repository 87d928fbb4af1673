/**
 * Writes a run's output into the example's <samp>, as text, never HTML, at
 * most once per frame and, while lines keep coming, once per WRITE_EVERY_MS
 * (each write lays the output out again). It keeps the first HEAD_LINES
 * and the last TAIL_LINES lines (runner/output-limits.ts) and, between them,
 * says how many it left out; rewriting the whole output for every line made
 * a long output cost the square of its length and froze the tab. A line that
 * carries a plot (course:plot) becomes its figure, in order with the text
 * (plot-output.ts).
 */
import { plotElement } from './plot-output.ts';
import { count, cutLine, HEAD_LINES, TAIL_LINES } from './runner/output-limits.ts';

/** The least time between two writes while a run prints; a reader cannot follow more. */
const WRITE_EVERY_MS = 100;

export interface OutputWriter {
  /** Takes printed lines; they reach the page with the next frame. */
  add(lines: readonly string[]): void;
  /** Writes what is pending now (the run is over). */
  flush(): void;
  /** How many lines were printed, and how many of them are not shown. */
  readonly printed: number;
  readonly omitted: number;
}

/**
 * Appends lines to the output before `anchor`: runs of text go into the last
 * text node (the one it returns), a plot line becomes its figure. `text` is
 * the text node lines are being added to; `fresh` says it has none yet.
 */
function appendLines(samp: HTMLElement, anchor: Node, lines: readonly string[], text: Text, fresh: boolean): Text {
  let current = text;
  let empty = fresh;
  for (const line of lines) {
    const figure = plotElement(line);
    if (figure) {
      samp.insertBefore(figure, anchor);
      current = document.createTextNode('');
      samp.insertBefore(current, anchor);
      empty = true;
      continue;
    }
    current.appendData((empty ? '' : '\n') + line);
    empty = false;
  }
  return current;
}

/** The last lines, as nodes: text, and each plot line's figure (kept, so a rewrite does not redraw it). */
function tailNodes(lines: readonly string[], figures: Map<string, Element>): Node[] {
  const nodes: Node[] = [];
  let text: string[] = [];
  for (const line of lines) {
    const figure = figures.get(line) ?? plotElement(line);
    if (!figure) {
      text.push(line);
      continue;
    }
    figures.set(line, figure);
    nodes.push(document.createTextNode(`\n${text.join('\n')}`), figure);
    text = [];
  }
  nodes.push(document.createTextNode(text.length > 0 ? `\n${text.join('\n')}` : ''));
  return nodes;
}

export function createOutputWriter(samp: HTMLElement): OutputWriter {
  let head = document.createTextNode('');
  const gap = document.createTextNode('\n');
  const notice = document.createElement('span');
  notice.className = 'example-omitted';
  // The last lines live in their own element, rewritten as they change.
  const tail = document.createElement('span');
  tail.className = 'example-output-tail';
  const tailFigures = new Map<string, Element>();
  samp.replaceChildren(head, tail);
  let headCount = 0;
  let headWritten = 0;
  let pendingHead: string[] = [];
  let tailLines: string[] = [];
  let printed = 0;
  let omitted = 0;
  /** A write is due: at `timer`, then at the `frame` after it. */
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  let lastWrite = -Infinity;

  const write = () => {
    clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
    timer = frame = undefined;
    lastWrite = performance.now();
    if (pendingHead.length > 0) {
      head = appendLines(samp, notice.isConnected ? gap : tail, pendingHead, head, headWritten === 0 || head.data === '');
      headWritten += pendingHead.length;
      pendingHead = [];
    }
    if (tailLines.length === 0) return;
    // Until a line is left out, the tail simply continues the head.
    if (omitted > 0 && !notice.isConnected) tail.before(gap, notice);
    notice.textContent = `… ${count(omitted)} lines not shown …`;
    tail.replaceChildren(...tailNodes(tailLines, tailFigures));
  };

  return {
    add(lines) {
      for (const line of lines) {
        printed++;
        if (headCount < HEAD_LINES) {
          headCount++;
          pendingHead.push(cutLine(line));
        } else {
          tailLines.push(cutLine(line));
        }
      }
      if (tailLines.length > TAIL_LINES) {
        omitted += tailLines.length - TAIL_LINES;
        tailLines = tailLines.slice(-TAIL_LINES);
      }
      // The next frame, or the first frame WRITE_EVERY_MS after the last write.
      if (timer !== undefined || frame !== undefined) return;
      const wait = lastWrite + WRITE_EVERY_MS - performance.now();
      if (wait <= 0) frame = requestAnimationFrame(write);
      else timer = setTimeout(() => (frame = requestAnimationFrame(write)), wait);
    },
    flush: write,
    get printed() {
      return printed;
    },
    get omitted() {
      return omitted;
    },
  };
}
