/**
 * Freehand drawing over a slide. Points are kept in the slide's own coordinates (a 1280 × 720
 * canvas, whatever its size on screen), so a stroke drawn in the presenter window lands on the
 * same spot of the projected slide. A stroke is a flat list of whole-number x, y pairs.
 */

export const CANVAS_WIDTH = 1280;
export const CANVAS_HEIGHT = 720;
export const MAX_STROKES = 300;
export const MAX_POINTS = 4000;

export type Stroke = number[];

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A pointer position on screen, in slide coordinates (clamped to the slide). */
export function toCanvas(clientX: number, clientY: number, box: Box): [number, number] {
  const fx = box.width > 0 ? (clientX - box.left) / box.width : 0;
  const fy = box.height > 0 ? (clientY - box.top) / box.height : 0;
  const clamp = (v: number, max: number) => Math.round(Math.min(max, Math.max(0, v * max)));
  return [clamp(fx, CANVAS_WIDTH), clamp(fy, CANVAS_HEIGHT)];
}

/** The stroke with one more point; a point within `minDistance` of the last one is skipped. */
export function addPoint(stroke: Stroke, x: number, y: number, minDistance = 2): Stroke {
  const n = stroke.length;
  if (n >= MAX_POINTS * 2) return stroke;
  if (n >= 2 && Math.hypot(x - stroke[n - 2], y - stroke[n - 1]) < minDistance) return stroke;
  return [...stroke, Math.round(x), Math.round(y)];
}

/** SVG path data for a stroke; a single point becomes a dot. */
export function strokePath(stroke: Stroke): string {
  if (stroke.length < 2) return '';
  let d = `M${stroke[0]} ${stroke[1]}`;
  if (stroke.length === 2) return `${d}h0.1`;
  for (let i = 2; i + 1 < stroke.length; i += 2) d += `L${stroke[i]} ${stroke[i + 1]}`;
  return d;
}

/** Strokes from an untrusted source (another window): keeps well-formed ones, clamped, capped. */
export function sanitizeStrokes(raw: unknown): Stroke[] {
  if (!Array.isArray(raw)) return [];
  const out: Stroke[] = [];
  for (const s of raw.slice(0, MAX_STROKES)) {
    if (!Array.isArray(s) || s.length < 2) continue;
    const pts = s.slice(0, MAX_POINTS * 2);
    if (pts.length % 2 === 1) pts.pop();
    if (!pts.every((v) => typeof v === 'number' && Number.isFinite(v))) continue;
    out.push(
      pts.map((v, i) => Math.round(Math.min(i % 2 ? CANVAS_HEIGHT : CANVAS_WIDTH, Math.max(0, v)))),
    );
  }
  return out;
}
