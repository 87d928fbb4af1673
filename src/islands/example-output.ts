/**
 * Writes a run's output into the example's <samp>, as text, never HTML, at
 * most once per frame and, while lines keep coming, once per WRITE_EVERY_MS
 * (each write lays the output out again). It keeps the first HEAD_LINES
 * and the last TAIL_LINES lines (runner/output-limits.ts) and, between them,
 * says how many it left out; rewriting the whole output for every line made
 * a long output cost the square of its length and froze the tab.
 */
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

export function createOutputWriter(samp: HTMLElement): OutputWriter {
  const head = document.createTextNode('');
  const gap = document.createTextNode('\n');
  const notice = document.createElement('span');
  notice.className = 'example-omitted';
  const tail = document.createTextNode('');
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
      head.appendData((headWritten > 0 ? '\n' : '') + pendingHead.join('\n'));
      headWritten += pendingHead.length;
      pendingHead = [];
    }
    if (tailLines.length === 0) return;
    // Until a line is left out, the tail simply continues the head.
    if (omitted > 0 && !notice.isConnected) tail.before(gap, notice);
    notice.textContent = `… ${count(omitted)} lines not shown …`;
    tail.data = `\n${tailLines.join('\n')}`;
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
