/**
 * Pointer controller: the laser dot and freehand drawing, on a layer over the slide in slide
 * coordinates. Both live in `$deck`, so the sync controller carries them to the other windows.
 */
import { $deck, setDeck } from '../../stores/deck.ts';
import { addPoint, strokePath, toCanvas, type Stroke } from '../../lib/deck-ink.ts';
import type { Controller } from './context.ts';

const SVG = 'http://www.w3.org/2000/svg';

export const mountPointer: Controller = (ctx) => {
  const layer = ctx.canvas.querySelector<SVGSVGElement>('[data-ink]');
  const group = layer?.querySelector<SVGGElement>('[data-strokes]');
  const dot = layer?.querySelector<SVGCircleElement>('[data-laser]');
  if (!layer || !group || !dot) return;
  let drawing: number | null = null;

  const at = (e: PointerEvent) =>
    toCanvas(e.clientX, e.clientY, ctx.canvas.getBoundingClientRect());
  const currentId = () => $deck.get().ids[$deck.get().slide];
  const setStrokes = (fn: (strokes: Stroke[]) => Stroke[]) =>
    setDeck((s) => ({ ...s, ink: { ...s.ink, [currentId()]: fn(s.ink[currentId()] ?? []) } }));

  const down = (e: PointerEvent) => {
    const { tool } = $deck.get();
    if (tool === 'none') return;
    e.preventDefault();
    const [x, y] = at(e);
    if (tool === 'laser') {
      setDeck((s) => ({ ...s, laser: [x, y] }));
      return;
    }
    drawing = e.pointerId;
    layer.setPointerCapture(e.pointerId);
    setStrokes((strokes) => [...strokes, [x, y]]);
  };
  const move = (e: PointerEvent) => {
    const { tool } = $deck.get();
    if (tool === 'laser') {
      const [x, y] = at(e);
      setDeck((s) => ({ ...s, laser: [x, y] }));
    } else if (tool === 'draw' && drawing === e.pointerId) {
      const [x, y] = at(e);
      setStrokes((strokes) => {
        const last = strokes[strokes.length - 1] ?? [];
        const next = addPoint(last, x, y);
        return next === last ? strokes : [...strokes.slice(0, -1), next];
      });
    }
  };
  const up = (e: PointerEvent) => {
    if (drawing === e.pointerId) drawing = null;
  };
  const leave = () => {
    if ($deck.get().tool === 'laser') setDeck((s) => ({ ...s, laser: null }));
  };
  layer.addEventListener('pointerdown', down);
  layer.addEventListener('pointermove', move);
  layer.addEventListener('pointerup', up);
  layer.addEventListener('pointercancel', up);
  layer.addEventListener('pointerleave', leave);

  let shown: Stroke[] | undefined;
  const unsubscribe = $deck.subscribe((s) => {
    const strokes = s.ink[s.ids[s.slide]];
    if (strokes !== shown) {
      shown = strokes;
      group.replaceChildren(
        ...(strokes ?? []).map((st) => {
          const path = document.createElementNS(SVG, 'path');
          path.setAttribute('d', strokePath(st));
          return path;
        }),
      );
    }
    dot.setAttribute('cx', String(s.laser ? s.laser[0] : -100));
    dot.setAttribute('cy', String(s.laser ? s.laser[1] : -100));
    dot.classList.toggle('is-on', !!s.laser);
  });
  return () => {
    unsubscribe();
    layer.removeEventListener('pointerdown', down);
    layer.removeEventListener('pointermove', move);
    layer.removeEventListener('pointerup', up);
    layer.removeEventListener('pointercancel', up);
    layer.removeEventListener('pointerleave', leave);
  };
};
