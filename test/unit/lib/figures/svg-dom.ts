/** Helpers for the figure tests: parse an inline SVG the way a page does, and read back what it draws. */
import { parseHTML } from 'linkedom';
import { scaleLinear } from 'd3-scale';
import type { Plot, Point } from '../../../../src/lib/figures/plot.ts';

/** Parses `svg` as HTML (it is inlined in a page) and returns its root `<svg>` element. */
export function parseSvg(svg: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('body > svg');
  if (!root) throw new Error(`no <svg> at the top of: ${svg.slice(0, 80)}…`);
  return root;
}

/** The vertices of path data made by d3's `line()`, which writes only `M x,y` and `L x,y` commands. */
export function pathPoints(d: string): Point[] {
  if (!/^M[^A-Za-z]*(L[^A-Za-z]*)*$/.test(d)) throw new Error(`expected only M and L commands, got ${d.slice(0, 60)}…`);
  return d
    .slice(1)
    .split('L')
    .map((pair) => {
      const [x, y] = pair.split(',').map(Number);
      return { x: x!, y: y! };
    });
}

/** Maps viewBox units back to data units with the plot's own scale definitions. */
export function inverters(plot: Pick<Plot, 'x' | 'y'>): { x: (px: number) => number; y: (py: number) => number; toY: (v: number) => number } {
  const x = scaleLinear().domain(plot.x.domain).range(plot.x.range);
  const y = scaleLinear().domain(plot.y.domain).range(plot.y.range);
  return { x: (px) => x.invert(px), y: (py) => y.invert(py), toY: (v) => y(v) };
}
