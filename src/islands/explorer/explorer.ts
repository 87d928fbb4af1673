/**
 * The interactive part of `<function-explorer>`, imported by bootstrap.ts when the element nears the
 * viewport. It enables the slider and the number box and makes the plot draggable; every change of x
 * recomputes the scene with the library (scene.ts) and moves the dots, the guide and the tangent, and
 * rewrites the readout. The geometry comes from the build through data attributes (config.ts), so this
 * chunk carries no d3; the course's function loads from its module (functions.ts).
 */
import { parseExplorerConfig } from './config.ts';
import { loadExplorerFunction } from './functions.ts';
import { clientXToX, snapX } from './pointer.ts';
import type { Readout } from './readout.ts';
import { computeScene, type Scene } from './scene.ts';
import type { Segment } from './tangent.ts';

/** How long x must stay put before the readout is announced: long enough to skip the values a drag or a held arrow key passes through. */
const SETTLE_MS = 500;

/** The elements of one explorer that the island touches (see FunctionExplorer.astro for the markup). */
interface Parts {
  plot: HTMLElement;
  svg: SVGSVGElement;
  range: HTMLInputElement;
  number: HTMLInputElement;
  output: HTMLOutputElement;
  point: SVGCircleElement;
  derivativePoint: SVGCircleElement;
  guide: SVGLineElement;
  tangent: SVGLineElement;
  readout: Record<keyof Readout, HTMLElement>;
}

/** Makes one `<function-explorer>` interactive. Throws, naming what is missing, if its markup is not the build's. */
export async function startExplorer(element: HTMLElement): Promise<void> {
  const config = parseExplorerConfig(element.dataset);
  const fn = await loadExplorerFunction(config.functions);
  const parts = findParts(element);
  const [low, high] = [...config.x.domain].sort((a, b) => a - b) as [number, number];
  const step = Number(parts.range.step) || 0.01;
  const viewBoxWidth = parts.svg.viewBox.baseVal.width;
  const announcer = createAnnouncer(parts);
  let x = Number(parts.range.value);
  let dragging: number | undefined;

  const moveTo = (value: number, source?: HTMLInputElement): void => {
    x = value;
    announcer.changed(dragging !== undefined); // before drawing: silences the live region first
    draw(parts, computeScene(fn, x, config));
    if (source !== parts.range) parts.range.value = String(x);
    if (source !== parts.number) parts.number.value = String(x);
  };

  parts.range.addEventListener('input', () => moveTo(Number(parts.range.value), parts.range));
  parts.number.addEventListener('input', () => {
    const typed = parts.number.valueAsNumber;
    // A half-typed number ("-", "1e") reads as NaN: wait for the rest. Out-of-range values are clamped.
    if (Number.isFinite(typed)) moveTo(Math.min(high, Math.max(low, typed)) + 0, parts.number);
  });
  // When the box is left or Enter is pressed, show the x in use (clamped, or the last valid one).
  parts.number.addEventListener('change', () => {
    if (parts.number.valueAsNumber !== x) parts.number.value = String(x);
  });

  const fromPointer = (event: PointerEvent) =>
    snapX(clientXToX(event.clientX, parts.svg.getBoundingClientRect(), viewBoxWidth, config.x), [low, high], step);
  parts.plot.addEventListener('pointerdown', (event) => {
    if (!event.isPrimary || event.button !== 0) return;
    event.preventDefault(); // no text selection, no native drag of the SVG
    parts.plot.setPointerCapture(event.pointerId);
    dragging = event.pointerId;
    moveTo(fromPointer(event));
    // The slider takes over from here: arrow keys continue where the drag ended.
    parts.range.focus({ preventScroll: true });
  });
  parts.plot.addEventListener('pointermove', (event) => {
    if (event.pointerId === dragging) moveTo(fromPointer(event));
  });
  const endDrag = (event: PointerEvent): void => {
    if (event.pointerId !== dragging) return;
    dragging = undefined;
    announcer.settle();
  };
  parts.plot.addEventListener('pointerup', endDrag);
  parts.plot.addEventListener('pointercancel', endDrag);
  parts.plot.addEventListener('lostpointercapture', endDrag);

  parts.range.disabled = false;
  parts.number.disabled = false;
  element.dataset['state'] = 'ready';
}

function findParts(element: HTMLElement): Parts {
  const get = <T extends Element>(selector: string, type: abstract new () => T): T => {
    const found = element.querySelector(selector);
    if (!(found instanceof type)) throw new Error(`<function-explorer>: no ${type.name} matches ${selector}; the markup is not FunctionExplorer.astro's`);
    return found;
  };
  return {
    plot: get('.explorer-plot', HTMLElement),
    svg: get('.explorer-plot svg', SVGSVGElement),
    range: get('input[type="range"]', HTMLInputElement),
    number: get('input[type="number"]', HTMLInputElement),
    output: get('output', HTMLOutputElement),
    point: get('.explorer-point-fn', SVGCircleElement),
    derivativePoint: get('.explorer-point-derivative', SVGCircleElement),
    guide: get('.explorer-guide', SVGLineElement),
    tangent: get('.explorer-tangent', SVGLineElement),
    readout: {
      x: get('[data-readout="x"]', HTMLElement),
      fx: get('[data-readout="fx"]', HTMLElement),
      dfx: get('[data-readout="dfx"]', HTMLElement),
    },
  };
}

function draw(parts: Parts, scene: Scene): void {
  setCircle(parts.point, scene.point);
  setCircle(parts.derivativePoint, scene.derivativePoint);
  setLine(parts.guide, scene.guide);
  if (scene.tangent) setLine(parts.tangent, scene.tangent);
  parts.tangent.style.visibility = scene.tangent ? '' : 'hidden';
  writeReadout(parts, scene.readout);
}

function writeReadout(parts: Parts, readout: Readout): void {
  // New text nodes, not `textContent` on the old ones: a node added to a live region is what screen readers announce.
  for (const key of ['x', 'fx', 'dfx'] as const) parts.readout[key].replaceChildren(readout[key]);
}

function setCircle(circle: SVGCircleElement, { x, y }: { x: number; y: number }): void {
  circle.setAttribute('cx', String(x));
  circle.setAttribute('cy', String(y));
}

function setLine(line: SVGLineElement, segment: Segment): void {
  for (const key of ['x1', 'y1', 'x2', 'y2'] as const) line.setAttribute(key, String(segment[key]));
}

/**
 * Announces the readout once x comes to rest, not at every step: while x moves, the output's `aria-live` is
 * off; when it has not changed for SETTLE_MS (and no pointer is down), or when the drag ends, live is set
 * back to polite and the readout rewritten, which screen readers announce once.
 */
function createAnnouncer(parts: Parts): { changed: (holding: boolean) => void; settle: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  const settle = (): void => {
    clearTimeout(timer);
    if (!pending) return;
    pending = false;
    parts.output.setAttribute('aria-live', 'polite');
    const current = { x: '', fx: '', dfx: '' };
    for (const key of ['x', 'fx', 'dfx'] as const) current[key] = parts.readout[key].textContent;
    writeReadout(parts, current);
  };
  return {
    changed(holding) {
      pending = true;
      parts.output.setAttribute('aria-live', 'off');
      clearTimeout(timer);
      if (!holding) timer = setTimeout(settle, SETTLE_MS);
    },
    settle,
  };
}
