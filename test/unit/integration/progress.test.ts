/** Progress of a long run of examples: a line rewritten in place on a terminal, nothing in CI logs (issue 11, item 4). */
import { describe, expect, test } from 'vitest';
import { createProgress } from '../../../src/integration/examples/progress.ts';

function terminal(isTTY: boolean) {
  const written: string[] = [];
  let time = 0;
  return { written, stream: { isTTY, write: (text: string) => written.push(text) }, now: () => time, advance: (ms: number) => (time += ms) };
}

describe('progress of running examples', () => {
  test('on a terminal, after 2 s, a line of done of total, cleared at the end', () => {
    const tty = terminal(true);
    const progress = createProgress({ stream: tty.stream, now: tty.now, ci: false });
    progress.update(0, 300);
    tty.advance(1_000);
    progress.update(10, 300);
    expect(tty.written).toEqual([]);
    tty.advance(1_500);
    progress.update(120, 300);
    tty.advance(50);
    progress.update(121, 300); // within 100 ms of the last redraw: skipped
    tty.advance(100);
    progress.update(300, 300);
    expect(tty.written).toEqual(['\x1b[2K\rexamples: 120 of 300 run', '\x1b[2K\r']);
  });

  test('a quick run shows nothing', () => {
    const tty = terminal(true);
    const progress = createProgress({ stream: tty.stream, now: tty.now, ci: false });
    progress.update(0, 18);
    tty.advance(500);
    progress.update(18, 18);
    expect(tty.written).toEqual([]);
  });

  test('in CI or a pipe, nothing: the log keeps its one summary line', () => {
    for (const [isTTY, ci] of [[false, false], [true, true]] as const) {
      const out = terminal(isTTY);
      const progress = createProgress({ stream: out.stream, now: out.now, ci });
      progress.update(0, 300);
      out.advance(5_000);
      progress.update(200, 300);
      expect(out.written).toEqual([]);
    }
  });
});
